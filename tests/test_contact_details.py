"""Contact details travel: phones, e-mails, title, URLs and birthday in from address books
(vCard 2.1/3.0/4.0, LinkedIn, Google, Outlook) and out again (vCard, CSV), shown on /person."""

from __future__ import annotations

import csv
import io

from bot import formatting
from coach.infra.formats import PortableContact, read_vcards, unfold
from coach.service import Coach

# As an Android phone writes it: vCard 2.1, the note quoted-printable with soft line breaks.
PHONE_VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Rodr=C3=ADguez;Mar=C3=ADa;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mar=C3=ADa Rodr=C3=ADguez\r\n"
    "TEL;CELL;PREF:+1 312 555 0142\r\n"
    "TEL;WORK:(312) 555-0199\r\n"
    "EMAIL;HOME:maria@example.com\r\n"
    "ORG:Lakeside Dental\r\n"
    "TITLE:Practice manager\r\n"
    "URL:https://www.linkedin.com/in/mariarodriguez\r\n"
    "BDAY:1984-03-09\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:has two kids and a dog =\r\n"
    "named Rex, loves =\r\n"
    "sailing\r\n"
    "END:VCARD\r\n"
)

VCARD_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tom Okafor\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0958\r\nEMAIL;TYPE=work:tom@okafor.example\r\nBDAY:--0415\r\nEND:VCARD\r\n"
)

LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Dana,Whitfield,https://www.linkedin.com/in/danawhitfield,dana@whitfield.example,"
    "Whitfield Realty,Broker,14 Mar 2024\n"
)

GOOGLE = (
    "Name,Given Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Website 1 - Type,"
    "Website 1 - Value\n"
    "Chris Lee,Chris,Lee,1979-11-02,* Home,chris@lee.example ::: c.lee@work.example,Mobile,"
    "+1 415 555 0101,Bayview Lending,Loan officer,Profile,https://chrislee.example\n"
)

OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Company,Job Title,Business Phone,Mobile Phone,"
    "E-mail Address,E-mail 2 Address,Birthday,Web Page,Notes\n"
    "Priya,,Shah,Ms.,Shah Consulting,Founder,,+1 646 555 0177,priya@shah.example,,"
    "7/4/1990,https://shah.example,Met at the BNI lunch\n"
)


async def details_of(coach: Coach, user_id: int, name: str) -> PortableContact:
    contacts = {c.name: c for c in await coach.portability.portable_contacts(user_id)}
    return contacts[name]


async def test_a_phone_vcard_keeps_its_details_and_its_whole_note(coach: Coach) -> None:
    report = await coach.portability.import_file(1001, "contacts.vcf", PHONE_VCARD.encode())
    assert report.added == ["María Rodríguez"]
    maria = await details_of(coach, 1001, "María Rodríguez")
    assert maria.phones == ["+1 312 555 0142", "(312) 555-0199"]
    assert maria.emails == ["maria@example.com"]
    assert maria.urls == ["https://www.linkedin.com/in/mariarodriguez"]
    assert (maria.title, maria.org, maria.birthday) == (
        "Practice manager",
        "Lakeside Dental",
        "1984-03-09",
    )
    assert ("other", "has two kids and a dog named Rex, loves sailing") in maria.facts

    vcf = (await coach.portability.export(1001, "vcard")).data.decode()
    lines = unfold(vcf)
    assert "TEL:+1 312 555 0142" in lines and "TEL:(312) 555-0199" in lines
    assert "EMAIL;TYPE=INTERNET:maria@example.com" in lines
    assert "TITLE:Practice manager" in lines and "BDAY:1984-03-09" in lines
    assert "URL:https://www.linkedin.com/in/mariarodriguez" in lines
    back = next(c for c in read_vcards(vcf) if isinstance(c, PortableContact))
    assert back.note is not None and "has two kids and a dog named Rex, loves sailing" in back.note

    lookup = await coach.people.lookup(1001, "maria")
    assert lookup.card is not None
    card = formatting.person_card(lookup.card)
    for shown in ("Practice manager", "+1 312 555 0142", "maria@example.com", "9 Mar 1984"):
        assert shown in card


async def test_vcard_4_and_a_birthday_without_a_year(coach: Coach) -> None:
    await coach.portability.import_file(1001, "tom.vcf", VCARD_4.encode())
    tom = await details_of(coach, 1001, "Tom Okafor")
    assert tom.phones == ["+44-20-7946-0958"] and tom.emails == ["tom@okafor.example"]
    assert tom.birthday == "--04-15"
    lookup = await coach.people.lookup(1001, "tom")
    assert lookup.card is not None and "Birthday: 15 Apr" in formatting.person_card(lookup.card)


async def test_linkedin_google_and_outlook_csv_keep_their_details(coach: Coach) -> None:
    for name, text in (("Connections.csv", LINKEDIN), ("google.csv", GOOGLE), ("o.csv", OUTLOOK)):
        report = await coach.portability.import_file(1001, name, text.encode())
        assert len(report.added) == 1, (name, report)
    dana = await details_of(coach, 1001, "Dana Whitfield")
    assert dana.emails == ["dana@whitfield.example"] and dana.title == "Broker"
    assert dana.urls == ["https://www.linkedin.com/in/danawhitfield"]
    chris = await details_of(coach, 1001, "Chris Lee")
    assert chris.emails == ["chris@lee.example", "c.lee@work.example"]
    assert chris.phones == ["+1 415 555 0101"] and chris.title == "Loan officer"
    assert chris.urls == ["https://chrislee.example"] and chris.birthday == "1979-11-02"
    priya = await details_of(coach, 1001, "Priya Shah")
    # Outlook's "Title" is the honorific; "Job Title" is the title.
    assert priya.title == "Founder" and priya.phones == ["+1 646 555 0177"]
    assert priya.birthday == "1990-07-04" and priya.urls == ["https://shah.example"]

    exported = (await coach.portability.export(1001, "csv")).data.decode("utf-8-sig")
    rows = {r["Name"]: r for r in csv.DictReader(io.StringIO(exported))}
    assert rows["Chris Lee"]["E-mails"] == "chris@lee.example; c.lee@work.example"
    # A leading + would start a spreadsheet formula: the cell is quoted, and read back whole.
    assert rows["Priya Shah"]["Phones"] == "'+1 646 555 0177"
    again = await coach.portability.import_file(1002, "rapport-contacts.csv", exported.encode())
    assert sorted(again.added) == ["Chris Lee", "Dana Whitfield", "Priya Shah"]
    assert (await details_of(coach, 1002, "Priya Shah")).phones == ["+1 646 555 0177"]


async def test_imports_match_by_email_or_phone_before_name(coach: Coach) -> None:
    await coach.notes.capture(1001, "met Priya Shah from Shah Consulting at the BNI lunch")
    await coach.portability.import_file(1001, "o.csv", OUTLOOK.encode())
    # Another export writes her as "P. Shah", with the same e-mail: the same person.
    same_email = "Name,E-mail Address,Mobile Phone\nP. Shah,PRIYA@shah.example,+1 212 555 0000\n"
    report = await coach.portability.import_file(1001, "other.csv", same_email.encode())
    assert report.merged == ["Priya Shah"] and report.added == []
    # And "Pri" with her mobile number written another way.
    same_phone = "Name,Phone\nPri,(646) 555-0177\n"
    report = await coach.portability.import_file(1001, "phone.csv", same_phone.encode())
    assert report.unchanged == ["Priya Shah"] and report.added == []
    priya = await details_of(coach, 1001, "Priya Shah")
    assert priya.phones == ["+1 646 555 0177", "+1 212 555 0000"]
    # A different e-mail and the same name: still her, by name.
    by_name = "Name,Email\nPriya Shah,priya.personal@example.com\n"
    report = await coach.portability.import_file(1001, "n.csv", by_name.encode())
    assert report.merged == ["Priya Shah"]
    assert len((await coach.people.page(1001)).contacts) == 1


async def test_imports_are_cleaned_like_notes(coach: Coach) -> None:
    hostile = "Name,Company,Notes\nSa\u200brah\u202e Chen,Ac\x07me,likes\u2066 sailing\n"
    report = await coach.portability.import_file(1001, "x.csv", hostile.encode())
    assert report.added == ["Sarah Chen"]
    sarah = await details_of(coach, 1001, "Sarah Chen")
    assert sarah.org == "Acme" and ("other", "likes sailing") in sarah.facts
