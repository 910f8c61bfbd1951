"""The coach's fixed words: warm and brief."""

WELCOME = (
    "👋 Hi {name}! I'm <b>Rapport</b>, your networking coach: relationships first, "
    "business second.\n\n"
    "After a mixer, a chamber breakfast or a coffee, just tell me who you met, like:\n"
    "<i>met john from acme at the mixer, into fly fishing, wants an intro to a good CPA. "
    "follow up friday</i>\n\n"
    "I'll keep the details (interests, family, what they need and offer) and remind you "
    "to follow up with something personal. Know, like, trust; give first.\n\n"
    "Dates are read in your timezone, now <b>{timezone}</b>. Change it with "
    "<code>/timezone Europe/Berlin</code>.\n\n/help lists everything I can do."
)

# /help: what works where the user is. Telegram and the console share the commands.
_HELP_COMMANDS = (
    "/people: everyone you've met, most recently in touch first\n"
    "/person <i>name</i>: one contact's card\n"
    "/find <i>words</i>: who do I know into sailing, in real estate, who needs a CPA?\n"
    "/undo: take back your last note\n"
    "/check <i>draft</i>: before you send a message, see if it reads as a pitch; "
    "<code>/check @Sarah …</code> reads it against what you know about Sarah\n\n"
    "<b>Give first</b>: notes like <i>introduced Dana to Marcus</i> or <i>Chris referred me "
    "to his lender</i> are kept as gives and gets.\n"
    "/gave <i>name what</i>, /got <i>name what</i>: log a give or a get by hand\n"
    "/balance: where you've only taken, and where you could give first\n"
    "/intro <i>name</i> and <i>name</i>: a double opt-in intro draft\n"
    "/merge <i>name</i> and <i>name</i>: two contacts who are one person become one\n"
    "/events: where you met people and who you followed up\n"
    "/review: your week (also Sunday evenings; /review off to stop)\n\n"
    "<b>Follow-ups</b>: I'll nudge you with a personal reason to reach out.\n"
    "/nudges: what's coming in the next two weeks\n"
    "/followup <i>name when [about what]</i>: e.g. /followup Sarah friday about the gala\n"
    "/cadence <i>name every 30d</i>: how often to keep in touch with someone\n"
    "/digest on 08:30 or off: one morning message instead of one per nudge\n"
    "/quiet 21:00-08:00: no nudges in these hours\n"
    "/pause 7d, /resume: for holidays\n\n"
)
HELP = (
    "<b>Send a note</b> after you meet someone: who, where, what they care about, "
    "what they need, when to follow up. Several people in one note is fine. "
    "Voice messages work too: I transcribe them right here, no cloud.\n\n"
    + _HELP_COMMANDS
    + "<b>Your data is yours</b>\n"
    "/export: everything as files (JSON, CSV, vCard for your phone, calendar)\n"
    "/import: merge contacts from a .vcf or .csv file (e.g. LinkedIn), or restore a backup\n"
    "/forget <i>name</i>: delete one contact and their notes\n"
    "/deleteme: erase everything I know about you\n\n"
    "/timezone <i>Area/City</i>: where your dates are read, e.g. Europe/Berlin\n"
    "/me <i>your work</i>: what you do, so needs for it aren't passed on\n"
    "/help: this message"
)
CONSOLE_HELP = (
    "<b>Type a note</b> after you meet someone: who, where, what they care about, "
    "what they need, when to follow up. Several people in one note is fine.\n\n"
    + _HELP_COMMANDS
    + "<b>Your data is yours</b>\n"
    "/export, /export json|csv|vcard|ics: your data as files in this folder\n"
    "/import <i>file</i>: merge contacts from a .vcf or .csv file (e.g. LinkedIn), or "
    "restore a rapport.json backup\n"
    "/forget <i>name</i>: delete one contact and their notes\n"
    "/deleteme: erase everything I know about you\n"
    "/timezone <i>Area/City</i>: where your dates are read, e.g. Europe/Berlin\n"
    "/me <i>your work</i>: what you do, so needs for it aren't passed on\n\n"
    "<b>In this console</b>: where Telegram shows buttons, I list numbered choices; type "
    "the number. Nudges, tips and the Sunday review print here when they fall due. Numbers go "
    "on from the choices still open (a nudge printed under a note's Undo and Fix is 3 to 7, "
    "the next one 8 to 12), so each number stays the one it was printed for. They start "
    "again from 1 when a note or command you type lists choices of its own.\n"
    "A note can take several lines: lines starting with <code>- </code>, <code>* </code>, "
    "<code>• </code> or a space go on with the note above (paste a bulleted note as it is), "
    "and a line ending in <code>\\</code> goes on with the next. A command or a number is "
    "always one line: a bullet under it starts a new note.\n"
    "/wait <i>2d</i>: move my clock on (days, hours or weeks) and deliver what falls due "
    "meanwhile, each under the time it fell due; with "
    "<code>rapport chat --now 2026-11-26T09:00</code> a scripted trial lives through weeks\n"
    "/help: this message. Ctrl-D quits."
)

COMMANDS = [
    ("people", "Everyone you've met, most recent first"),
    ("person", "A contact's card: /person Sarah"),
    ("find", "Who do I know…? /find sailing"),
    ("undo", "Take back your last note"),
    ("check", "Is my message a pitch? /check Hi Sarah…"),
    ("gave", "Log a give: /gave Dana intro to Marcus"),
    ("got", "Log a get: /got Chris referral to his lender"),
    ("balance", "Where to give first"),
    ("intro", "Draft an intro: /intro Dana and Marcus"),
    ("events", "Events and who you followed up"),
    ("merge", "Join two contacts: /merge Duke and Duc Anh Tran"),
    ("review", "Your weekly review"),
    ("nudges", "Follow-ups coming up"),
    ("followup", "Add a follow-up: /followup Sarah friday"),
    ("cadence", "Keep-in-touch rhythm: /cadence Sarah every 30d"),
    ("digest", "One morning message: /digest on 08:30"),
    ("quiet", "Quiet hours: /quiet 21:00-08:00"),
    ("pause", "Pause nudges: /pause 7d"),
    ("resume", "Resume nudges"),
    ("export", "Download all your data"),
    ("import", "Import contacts from a .vcf or .csv file"),
    ("forget", "Delete one contact: /forget Sarah"),
    ("deleteme", "Erase everything about you"),
    ("timezone", "Set your timezone: /timezone Europe/Berlin"),
    ("me", "What you do: /me wedding photographer"),
    ("help", "What I can do"),
]

# Buttons
UNDO_BUTTON = "↩️ Undo"
CONSOLE_NOTE_MENU_CLOSED = (
    "That note's Undo and Fix closed when time moved on. /undo takes back your last note; "
    "to answer a nudge, pick the number under it."
)
FIX_BUTTON = "✏️ Fix"
NEW_CONTACT_BUTTON = "➕ New contact"
YES_A_PERSON_BUTTON = "👤 Yes, add them"
NOT_A_PERSON_BUTTON = "✖️ No, not a person"
NOT_A_PERSON = "Got it: not a person. Nothing was added."
NEWER_BUTTON = "◀️ Newer"
OLDER_BUTTON = "Older ▶️"
DONE_BUTTON = "✅ Done"
DRAFT_BUTTON = "✍️ Draft"
SENT_IT_BUTTON = "✅ Sent it"
DAY_BUTTON = "⏰ 1 day"
WEEK_BUTTON = "⏰ 1 week"
SKIP_BUTTON = "⏭ Skip"
# On a list's numbered lines: each button says which line it belongs to.
DONE_SHORT = "{n}. ✅ {name}"
DRAFT_SHORT = "{n}. ✍️"
DAY_SHORT = "{n}. ⏰ 1d"
SKIP_SHORT = "{n}. ⏭"
INTRO_BUTTON = "🤝 Intro {a} ↔ {b}"

PERSON_USAGE = "Whose card? Try <code>/person Sarah</code>."
FIND_USAGE = (
    "What should I look for? Try <code>/find sailing</code> or <code>/find who needs a CPA</code>."
)
TIMEZONE_USAGE = (
    "Your timezone is <b>{timezone}</b>. To change it, send e.g. "
    "<code>/timezone Europe/Berlin</code> or <code>/timezone America/New_York</code>."
)
ME_USAGE = (
    "Tell me what you do, and a contact's need for it is yours to offer, not an intro to "
    "pass on. Try <code>/me wedding photographer</code>."
)
ME_IS = (
    "I have your work as <b>{work}</b>, so a contact's need for it is yours to offer. "
    "To change it, send <code>/me</code> with your work; <code>/me off</code> forgets it."
)
ME_SET = (
    "👤 Got it, I have your work as <b>{work}</b>. When a contact needs that, it's yours to "
    "offer, so I won't suggest an intro for it."
)
ME_OFF = "👤 I've forgotten your line of work, so every need can get an intro again."
TIMEZONE_SET = "🕰 Got it: I'll read your dates in <b>{timezone}</b>."
TIMEZONE_UNKNOWN = "I don't know the timezone <b>{name}</b>."
EMPTY_NOTE = (
    "That note looks empty. Tell me who you met, e.g. <i>met Sarah from Acme at the mixer</i>."
)
FIX_PROMPT = "✏️ Send me the corrected note and I'll put it in place of the old one."
FIX_KEPT = (
    "✏️ That names nobody, so I kept your earlier note as it was and saved this one beside "
    "it. To replace the note, send it whole: who you met and what they told you."
)
FIX_GONE = "That note was already undone or replaced, so there's nothing to fix."
BUTTON_GONE = "That button has expired."
ONLY_PRIVATE = (
    "I keep notes only in a private chat, to keep your contacts private. Message me directly."
)
CHECK_USAGE = (
    "Send me the message you're about to send, e.g. <code>/check Hi Sarah, great meeting "
    "you…</code>, or <code>/check @Sarah Chen …</code> to read it against what you know about "
    "her. You can also reply <code>/check</code> to a pasted draft, or start a message with "
    "<code>draft:</code>."
)
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
ERROR = "Sorry, something went wrong on my side. Your notes are safe; please try again."
NOTE_KEPT = "I couldn't save that just now, I'll keep it and retry."
NOTE_SAVED_LATER = "📥 Saved the note you sent while my database was away:"
# Above a card replayed after a crash between answering and recording the answer.
SENT_AGAIN = "🔁 (Sent again after a restart, in case the first one didn't reach you.)"

FOLLOWUP_USAGE = (
    "Tell me who and when, e.g. <code>/followup Sarah next tuesday about the mentoring "
    "program</code> or <code>/followup John Park in 2 weeks</code>."
)
CADENCE_USAGE = (
    "Try <code>/cadence Sarah every 30d</code> (days, like 14d, or weeks, like 2w; "
    "at most 5 years)."
)
PAUSE_USAGE = "How long? Try <code>/pause 7d</code> or <code>/pause 2w</code> (at most 5 years)."
DIGEST_USAGE = (
    "Try <code>/digest on 08:30</code> for one morning message, or <code>/digest off</code>."
)
QUIET_USAGE = "Try <code>/quiet 21:00-08:00</code>: no nudges between those times."

FOLLOWUP_SET = "📅 Got it: {idea}, on {when}."
CADENCE_SET = "🤝 I'll nudge you to keep in touch with <b>{name}</b> every {every}."
PAUSED = "🏖 Nudges paused until {until}. Nothing is lost; /resume any time."
RESUMED = "▶️ Nudges are back on."
NOT_PAUSED = "Nudges weren't paused."
DIGEST_OFF = "🔔 Digest off: nudges arrive one by one when they're due."
DIGEST_ON = "☀️ Digest on: one message each morning at {at} with the day's people."
QUIET_SET = "🌙 Quiet hours set: no nudges {hours}."
ALREADY_HANDLED = "Already handled"
# The console's own words (bot/console.py).
CONSOLE_HELLO = "Rapport console coach. Type a note about someone you met, or /help. Ctrl-D quits."
CONSOLE_BAD_NOW = "--now {now} isn't a time I can read; write it like 2026-11-26T09:00."
CONSOLE_NO_CHOICES = (
    "There's nothing to pick right now. A number answers the choices I list after a message."
)
CONSOLE_PICK = "Pick a number from 1 to {last}."
CONSOLE_EXPORTED = "{caption} Saved to {path}"
CONSOLE_CANT_SAVE = "I couldn't save {path} ({why}). Try rapport chat --files with another folder."
CONSOLE_CHART = "📈 {caption} Saved to {path}"
CONSOLE_IMPORT_USAGE = (
    "Which file? Try <code>/import ~/Downloads/Connections.csv</code>, a .vcf from your "
    "phone, or a rapport.json backup."
)
CONSOLE_NO_FILE = "There's no file <b>{path}</b>. Check the path and try again."
CONSOLE_WAIT_USAGE = (
    "How long? Try <code>/wait 2d</code>, <code>/wait 6h</code> or <code>/wait 1w</code>."
)
CONSOLE_WAITED = "⏩ It's now {now}."
# One choice per /nudges line (trial 21: "1) 1. note: done, a draft, later or skip").
CONSOLE_NUDGE_ACTIONS = "Open line {number} ({person}) to act on it"
CONSOLE_FORGET_ASK = "Forget {name}"

SEVERAL_FIT = "Several people fit <b>{name}</b>: {names}. Use the full name."
GAVE_WHICH = "🤔 Which <b>{name}</b> did you give {what} to? Pick one and I'll note it."
GOT_WHICH = "🤔 Which <b>{name}</b> gave you {what}? Pick one and I'll note it."
NOBODY_CALLED = "I don't know anyone called <b>{name}</b> yet. /people lists who I know."

VOICE_QUEUED = "⏳ You're number {place} in line. I'll get to your voice note in a moment."
VOICE_PROGRESS = "🎧 Listening to your voice note… {percent}%"
VOICE_HEARD = "🎙 I heard:\n<i>{text}</i>"
VOICE_FIX_BUTTON = "✏️ Fix transcript"
VOICE_NO_WORDS = (
    "🤫 I couldn't hear any words in that. Try again somewhere quieter, or type the note."
)
VOICE_TOO_LONG = "That voice note is longer than {limit}. Could you split it into shorter ones?"
VOICE_TOO_BIG = "That file is over {limit} MB, more than I can download. A voice note works best."
VOICE_UNREADABLE = (
    "I couldn't open that audio; the file looks damaged. Please record it again, or type the note."
)

GAVE_USAGE = "Who and what? Try <code>/gave Dana intro to Marcus</code>."
GOT_USAGE = "Who and what? Try <code>/got Chris referral to his lender</code>."
INTRO_USAGE = "Whom should I introduce? Try <code>/intro Dana and Marcus</code>."
INTRO_WHO = "I couldn't tell who {names} is."
INTRO_NO_REASON = (
    "I don't know a reason for {a} and {b} to meet yet: neither needs what the other does "
    'or offers. Note what one of them needs ("{a} needs a CPA") and try again.'
)
REVIEW_CHART = "Follow-ups done vs due this week, and your network by stage."
REVIEW_ON = "🗓 I'll send your weekly review on Sunday evenings."
REVIEW_OFF = "🗓 No more Sunday reviews. <code>/review</code> still shows yours any time."

MERGE_USAGE = (
    "Whom should I merge? Name the two contacts who are one person, e.g. "
    "<code>/merge Duke and Duc Anh Tran</code>, or one name they share: "
    "<code>/merge Priya</code> when you have two Priyas."
)
MERGE_ASK = (
    "🔀 These fit <b>{name}</b>:\n{contacts}\n\nAre they one person? Pick the one to keep: "
    "the others' details, facts, notes, gives and gets and follow-ups move to it."
)
MERGE_PAIR = (
    "🔀 Merge <b>{first}</b> and <b>{second}</b> into one contact, <b>{name}</b>{goes_by}? "
    "Everything of both stays: details, facts, notes, relatives, gives and gets, follow-ups "
    "and nicknames."
)
MERGE_GOES_BY = ", who goes by {name}"
MERGE_YES = "🔀 Merge as {name}"
MERGE_KEEP = "🔀 Keep {name}"
MERGE_CANCEL = "Not the same person"
MERGE_CANCELLED = "👍 Nothing merged; they stay separate contacts."
MERGE_ONLY_ONE = "I know only one {name}, so there's nothing to merge."
MERGE_WHICH = (
    "I know only one {name}. Which contact should I merge {short} with? Name both, e.g. "
    "<code>/merge {short} and {partner}</code>."
)
MERGE_AMBIGUOUS = (
    "More than one contact fits <b>{name}</b>:\n{contacts}\n\nName the one you mean in full, "
    "or merge these first with <code>/merge {name}</code> if they're one person."
)
MERGE_SAME = "{names} are already one contact: {label}."
MERGE_UNKNOWN = "I don't know anyone called <b>{name}</b>."
MERGE_EXAMPLE = (
    " Name two contacts who are one person, e.g. <code>/merge Duke and Duc Anh Tran</code>."
)
MERGE_DONE = (
    "🔀 Merged into {who}: {others}. Their details, facts, notes, gives and gets and "
    "follow-ups are on one card now."
)
MERGE_DONE_GOES_BY = " They go by {name}."

DID_YOU_MEAN = " Did you mean {names}?"
SAVED = "Saved"
UNDONE = "Undone"
ALREADY_UNDONE = "Already undone"

# After a note: one kind tip, at most weekly, by what the note shows (coach.drafts).
TIPS = {
    "pitched": (
        "💡 A thought for next time: lead with curiosity. Ask people what they're working on "
        "and who a good referral would be for them. Your pitch lands much better once they "
        "know and like you."
    ),
    "cards": (
        "💡 That's a lot of hellos! Pick the two or three people you really connected with "
        "and follow up with something personal. That's where referrals start."
    ),
    "hop": (
        "💡 Networking pays off over months, not in one evening. Going back to the same group "
        "and following up builds know, like and trust, and referrals come from people who've "
        "seen you keep showing up."
    ),
}
