"""The fixed words for access, privacy, import/export and odd input."""

ACCESS_DENIED = (
    "🔒 This Rapport is private to its community. If you have an invite code, send "
    "<code>/start your-code</code>. Otherwise ask whoever runs it to add you."
)
INVITE_WRONG = "🔒 That invite code isn't valid. Check it with whoever invited you."
INVITE_OK = "🎟 You're in: welcome to this Rapport."
GROUP_SAVED = (
    "📝 Noted. To keep your contacts private I don't show them here; "
    "open our private chat to see the card."
)
GROUP_BUTTON = "I only do that in our private chat."
EDITED = (
    "✏️ I read each message once, so editing it doesn't change what I saved. "
    "Use ✏️ Fix on its card, or /undo and send it again."
)
SLOW_DOWN = (
    "🐢 Slow down a little: that's a lot at once. I'll go through your messages in order, "
    "nothing is lost; it may take a minute."
)
SLOW_BUTTON = "Slow down a little, then press again."
QUEUE_FULL = (
    "⚠️ I'm already holding {held} messages from you, so I did <b>not</b> keep the ones "
    "you sent after <i>{last}</i>. Please send those again once I've caught up."
)
CAUGHT_UP = "✅ Caught up: I went through the {count} messages you sent at once."
CAUGHT_UP_DROPPED = (
    "✅ Caught up with {count} messages. ⚠️ {dropped} sent after that weren't kept "
    "(the first began <i>{first}</i>); please send them again."
)
EMPTY_AFTER_CLEANING = (
    "That message has only invisible or control characters, so there's nothing to keep. "
    "Tell me who you met, e.g. <i>met Sarah from Acme at the mixer</i>."
)
TOO_LONG = (
    "That message is {length:,} characters long, more than the {limit:,} I read at once, "
    "so I didn't keep it. Please send it in a few shorter notes."
)

EXPORT_USAGE = (
    "Try <code>/export</code> for everything, or one of <code>/export json</code>, "
    "<code>csv</code>, <code>vcard</code>, <code>ics</code>."
)
EXPORT_CAPTIONS = {
    "json": "🗂 Everything I keep about you (JSON).",
    "csv": "📇 Your contacts (CSV, opens in any spreadsheet).",
    "vcard": "📱 Your contacts as vCards: open on your phone to add them to your address book.",
    "ics": "📅 Your upcoming follow-ups: open to add them to your calendar.",
}
EXPORT_DONE = "That's all your data. It's yours: /import reads these back in anywhere I run."
IMPORT_USAGE = (
    "📥 Send me a contacts file and I'll merge it with your Rolodex, without duplicates:\n"
    "• a <b>.vcf</b> (vCard) from your phone or another Rapport\n"
    "• a <b>.csv</b>: LinkedIn's <i>Connections.csv</i>, a Google or Outlook export, "
    "or a Rapport export\n"
    "• <b>rapport.json</b>, the backup /export makes: into a new account it brings back "
    "everything (notes, follow-ups, gives and gets, settings); otherwise its contacts merge in"
)
RESTORED = (
    "📥 Restored your backup <b>{name}</b>: {contacts}, {notes} and {follow_ups}, with your "
    "gives and gets and your settings."
)
IMPORTED = "📥 Imported <b>{name}</b>:"
IMPORT_ADDED = "• added: {count}{names}"
IMPORT_MERGED = "• merged into existing contacts: {count}{names}"
IMPORT_SKIPPED = "• skipped: {count}"
IMPORT_UNCHANGED = "    {count} already in your Rolodex with nothing new"
IMPORT_SKIP_REASON = "    {count} × {reason}"
NAMES_MORE = " and {more} more"
NAMELESS_CONTACT = "a contact without a name"
IMPORT_TOO_BIG = "That file is over {limit} MB. Split it into smaller files, please."
IMPORT_UNREADABLE = (
    "I couldn't read contacts from <b>{name}</b> ({why}). I can import .vcf (vCard) and .csv "
    "files, and Rapport's own rapport.json backup."
)
IMPORT_OTHER_FILE = (
    "I can't read that kind of file. To import contacts, send a .vcf or .csv file, or a "
    "rapport.json backup; "
    "for a note, type it or send a voice message."
)

FORGET_UNKNOWN = "I don't know anyone called <b>{name}</b>."
KEPT = "Kept"
FORGOTTEN = "Forgotten"
FORGET_USAGE = "Whom should I forget? Try <code>/forget Sarah Chen</code>."
FORGET_WHICH = "🤔 Which {name} should I forget?"
FORGET_CONFIRM = (
    "🗑 Forget {who}? This deletes the contact with {facts}, {notes} and {nudges}. "
    "It can't be undone."
)
# "1 note that also mentions other people stays": the verbs agree with the count.
FORGET_SHARED = "{shared} that also {mention} other people {stay}, since they're about them too."
FORGET_YES = "🗑 Forget"
FORGET_NO = "Keep"
FORGET_DONE = "🗑 Forgotten: <b>{name}</b>, with their notes, facts and follow-ups."
FORGET_KEPT = "👍 Kept <b>{name}</b>; nothing was deleted."

DELETEME_ASK = (
    "⚠️ This erases <b>everything</b> I know about you: {contacts}, {notes}, {nudges}, "
    "and your settings. It can't be undone. You might want /export first.\n\n"
    "To go ahead, type <code>delete everything</code> within 10 minutes. "
    "If you change your mind, just ignore this."
)
DELETEME_DONE = (
    "🧹 Done: I've erased everything I had about you. If you come back, we start fresh with /start."
)
DELETEME_NOT_ASKED = (
    "To erase all your data, send /deleteme first; I'll tell you what goes and ask you to confirm."
)

UNSUPPORTED = {
    "sticker": "Nice sticker! 😄 I read text and voice notes: tell me who you met.",
    "photo": (
        "I can't read photos yet, not even business cards. Type the name and company, "
        "e.g. <i>met Sarah Chen from Acme at the expo</i>."
    ),
    "location": (
        "I don't keep locations. Say where you met in words instead, e.g. "
        "<i>met Sarah at the Hilton mixer</i>."
    ),
    "video": "I can't watch videos. Type or say who you met and I'll keep it.",
    "poll": "I don't take part in polls. Tell me who you met and I'll keep it.",
}
UNSUPPORTED_DEFAULT = "I can read text and voice notes. Type or say who you met and I'll keep it."
CONTACT_SHARED = "📇 Added <b>{name}</b> from the contact you shared."
CONTACT_KNOWN = "📇 I already know <b>{name}</b>; nothing changed."
CONTACT_UPDATED = "📇 I already know <b>{name}</b>; I added what was new."
LOCKED_BUTTON = "🔒"

# `rapport export` and `rapport import`: one line each, for a terminal.
CLI_UNKNOWN_FORMAT = "there is no export format called {format}; use one of {formats}."
CLI_UNKNOWN_USER = (
    "there is no user {user} in this database. The id is the person's Telegram user id; "
    "the console coach keeps its Rolodex under console.user_id (0 unless set)."
)
CLI_NO_FILE = "there is no file {path}. Check the path and try again."
CLI_CANT_READ = "couldn't read {path} ({why})."
CLI_CANT_WRITE = "couldn't write {path} ({why})."
CLI_EXPORTED = "Wrote {path}."
CLI_IMPORTED = "Imported {name}:"
CLI_ADDED = "  added {count}: {names}"
CLI_MERGED = "  merged into existing contacts {count}: {names}"
CLI_UNCHANGED = "  skipped {count}, already there with nothing new: {names}"
CLI_SKIPPED = "  skipped {count}: {reason}"
CLI_NOTHING = "  nothing in it to add."
CLI_NO_DATABASE = (
    "couldn't open the database ({why}). Check database.url, or RAPPORT_DATABASE__URL."
)
