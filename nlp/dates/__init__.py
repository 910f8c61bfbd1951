"""Date phrases: finding them in a parsed note and resolving them against the user's "now".

One small grammar reads a date phrase the way people write it ("friday", "by Dec 5",
"early next week", "after Thanksgiving", "mid-December", "f/u jan", "KW 50") into a term;
`DateFinder` scans a Doc with it, and `resolve_when` turns a term into a `When`: the range
of days that would be a right due date (the annotation guide's table, nlp/corpus/GUIDE.md
"Date conventions for `range`") and the one day chosen inside it. Habits ("every
saturday") and past phrases ("last tuesday", "3 days ago") are found, so that their
weekday is never read as a coming one, but resolve to nothing.

The modules, in the order a phrase passes through them:

- words.py     tokens to normalised words ("2wks" -> "2 weeks"); number words, holidays' names
- terms.py     what a phrase says: the terms the grammar reads phrases into
- days.py      the grammar's base and its days: "friday", "Dec 5", "the 15th", "tmrw 9am"
- periods.py   weeks, months, quarters and counts: "early next week", "mid-Dec", "in 2 weeks"
- grammar.py   whole phrases: deadlines, "after", holidays, habits, the past; the longest one
- finder.py    DateFinder: the phrases in a Doc, and the context some of them need
- holidays.py  the calendar: working days, holidays' dates, week and month windows
- resolve.py   a term to a When: its range of days and the day chosen in it

Which dates are follow-ups is nlp/followups.py's question; it reads each date's clause
with clauses.py and the actions in it, and whose they are, with actions.py.
"""

from nlp.dates.finder import DateFinder
from nlp.dates.holidays import easter, is_working_day
from nlp.dates.resolve import When, resolve_date, resolve_when

__all__ = ["DateFinder", "When", "easter", "is_working_day", "resolve_date", "resolve_when"]
