"""What kind of mail each fixture message is, and the rules of ``classify`` one by one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from mail_fixtures import read_one

from kith.core.model import InteractionKind
from kith.sources.mail import classify


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("outlook_exchange_ordinary.eml", InteractionKind.PERSONAL),
        ("auto_response_suppress_only.eml", InteractionKind.PERSONAL),
        ("exchange_ooo_en.eml", InteractionKind.AUTO_REPLY),
        ("exchange_ooo_it.eml", InteractionKind.AUTO_REPLY),
        ("exchange_rule_es.eml", InteractionKind.AUTO_REPLY),
        ("gmail_vacation_en.eml", InteractionKind.AUTO_REPLY),
        ("gmail_vacation_tl.eml", InteractionKind.AUTO_REPLY),
        ("ooo_text_only_es.eml", InteractionKind.AUTO_REPLY),
        ("ooo_subject_tl.eml", InteractionKind.AUTO_REPLY),
        ("x_autorespond.eml", InteractionKind.AUTO_REPLY),
        ("precedence_auto_reply.eml", InteractionKind.AUTO_REPLY),
        ("postfix_bounce.eml", InteractionKind.BOUNCE),
        ("exim_bounce.eml", InteractionKind.BOUNCE),
        ("exchange_ndr.eml", InteractionKind.BOUNCE),
        ("gmail_bounce.eml", InteractionKind.BOUNCE),
        ("postfix_delayed.eml", None),
        ("mailman_list.eml", None),
        ("newsletter_mailchimp.eml", None),
        ("github_notification.eml", None),
        ("shop_noreply.eml", None),
        ("precedence_bulk.eml", None),
        ("all_hands_many_recipients.eml", None),
    ],
)
def test_each_fixture_is_the_kind_of_mail_a_person_would_say_it_is(
    tmp_path: Path, name: str, kind: InteractionKind | None
) -> None:
    record = read_one(tmp_path, name)
    assert record.kind is kind, record.classification.reasons
    assert record.classification.personal is (kind is InteractionKind.PERSONAL)
    if kind is not InteractionKind.PERSONAL:
        assert record.classification.reason  # a reason in words for every exclusion


@pytest.mark.parametrize(
    ("name", "back"),
    [
        ("exchange_ooo_en.eml", date(2025, 3, 3)),  # "I will be back on Monday 3 March"
        ("exchange_ooo_it.eml", date(2025, 3, 10)),  # "fino al 7 marzo, rientrerò il 10 marzo 2025"
        ("exchange_rule_es.eml", date(2025, 3, 17)),  # "Regresaré el 17 de marzo"
        ("gmail_vacation_en.eml", date(2025, 4, 1)),  # "I will be back on April 1st"
        ("gmail_vacation_tl.eml", date(2025, 3, 24)),  # "Babalik ako sa Marso 24"
        ("ooo_text_only_es.eml", date(2025, 3, 14)),  # "hasta el 14 de marzo"
        ("ooo_subject_tl.eml", date(2025, 3, 20)),  # "hanggang Marso 20"
        ("x_autorespond.eml", None),  # no date in the text
    ],
)
def test_an_auto_reply_gives_the_return_date_its_text_gives(tmp_path: Path, name: str, back: date | None) -> None:
    assert read_one(tmp_path, name).classification.returns_on == back


def test_the_kinds_of_mail_say_which_rule_matched(tmp_path: Path) -> None:
    assert read_one(tmp_path, "mailman_list.eml").classification.mailing_list
    assert read_one(tmp_path, "newsletter_mailchimp.eml").classification.newsletter
    assert read_one(tmp_path, "shop_noreply.eml").classification.automated
    assert read_one(tmp_path, "precedence_bulk.eml").classification.bulk
    github = read_one(tmp_path, "github_notification.eml").classification
    assert github.mailing_list
    assert github.automated
    many = read_one(tmp_path, "all_hands_many_recipients.eml").classification
    assert many.many_recipients
    assert "12 people" in many.reason


def personal(**headers: str) -> dict[str, str]:
    base = {"from": "Alice <alice@example.com>", "to": "me@example.com", "subject": "Hello"}
    return base | headers


SENT = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def test_ordinary_mail_is_personal() -> None:
    assert classify(personal()).personal


@pytest.mark.parametrize("suppress", ["All", "OOF, AutoReply", "DR, RN, NRN, OOF, AutoReply"])
def test_x_auto_response_suppress_alone_is_not_an_auto_reply(suppress: str) -> None:
    result = classify(personal(**{"x-auto-response-suppress": suppress}))
    assert result.personal
    assert not result.auto_reply


def test_auto_submitted_no_is_personal_and_any_other_value_is_not() -> None:
    assert classify(personal(**{"auto-submitted": "no"})).personal
    assert classify(personal(**{"auto-submitted": "auto-replied"})).auto_reply
    generated = classify(personal(**{"auto-submitted": "auto-generated"}))
    assert generated.automated
    assert not generated.auto_reply
    answering = classify(personal(**{"auto-submitted": "auto-generated", "in-reply-to": "<x@y>"}))
    assert answering.auto_reply


@pytest.mark.parametrize(
    "headers",
    [
        {"x-autoreply": "yes"},
        {"x-autorespond": "Vacation"},
        {"precedence": "auto_reply"},
        {"x-ms-exchange-inbox-rules-loop": "alice@example.com"},
        {"subject": "Out of Office: Hello"},
        {"subject": "Automatic reply: Hello"},
        {"subject": "Risposta automatica: Ciao"},
        {"subject": "Respuesta automática: Hola"},
        {"subject": "Awtomatikong tugon: Kumusta"},
    ],
)
def test_each_auto_reply_signal_alone_marks_an_auto_reply(headers: dict[str, str]) -> None:
    result = classify(personal(**headers))
    assert result.auto_reply
    assert not result.personal


@pytest.mark.parametrize(
    "first_line",
    [
        "I am out of the office until Friday.",
        "Thank you for your email. I am currently away with no access to mail.",
        "Sono fuori ufficio fino al 10 marzo.",
        "Sarò assente fino a lunedì.",
        "Estoy fuera de la oficina hasta el lunes.",
        "Me encuentro de vacaciones.",
        "Wala ako sa opisina ngayon.",
        "Nasa bakasyon ako hanggang Lunes.",
    ],
)
def test_an_out_of_office_first_line_marks_an_auto_reply(first_line: str) -> None:
    assert classify(personal(subject="Re: Hello"), first_line).auto_reply


@pytest.mark.parametrize(
    "text",
    ["I am back in the office from today.", "The office party is on Friday.", "Sono tornato in ufficio."],
)
def test_words_about_the_office_are_not_an_out_of_office(text: str) -> None:
    assert classify(personal(), text).personal


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I will be back on 3 March.", date(2025, 3, 3)),
        ("I'll be back on March 3rd, 2025.", date(2025, 3, 3)),
        ("Rientrerò il 3 marzo.", date(2025, 3, 3)),
        ("Sarò di ritorno il 5 maggio.", date(2025, 5, 5)),
        ("Regresaré el 3 de marzo.", date(2025, 3, 3)),
        ("Volveré el 21 de abril de 2025.", date(2025, 4, 21)),
        ("Babalik ako sa Marso 3.", date(2025, 3, 3)),
        ("I am away until 12/03/2025.", date(2025, 12, 3)),  # dateparser reads the numeric form
    ],
)
def test_return_dates_in_four_languages(text: str, back: date) -> None:
    assert classify(personal(subject="Out of office"), text, sent=SENT).returns_on == back


def test_a_return_date_without_a_year_is_the_next_one_after_the_message() -> None:
    december = datetime(2025, 12, 20, tzinfo=UTC)
    result = classify(personal(subject="Out of office"), "I will be back on 5 January.", sent=december)
    assert result.returns_on == date(2026, 1, 5)


def test_a_return_date_before_the_message_is_ignored() -> None:
    result = classify(personal(subject="Out of office"), "I will be back on 3 March 2024.", sent=SENT)
    assert result.returns_on is None


@pytest.mark.parametrize(
    ("headers", "flag"),
    [
        ({"list-id": "<team.lists.example.org>"}, "mailing_list"),
        ({"list-post": "<mailto:team@lists.example.org>"}, "mailing_list"),
        ({"precedence": "list"}, "mailing_list"),
        ({"list-unsubscribe": "<https://x.example.com/u>"}, "newsletter"),
        ({"x-campaign": "123"}, "newsletter"),
        ({"x-mailer": "MailChimp Mailer"}, "newsletter"),
        ({"precedence": "bulk"}, "bulk"),
        ({"precedence": "junk"}, "bulk"),
        ({"feedback-id": "1:2:3"}, "automated"),
        ({"from": "noreply@example.com"}, "automated"),
        ({"from": "Shop <do-not-reply@shop.example.com>"}, "automated"),
        ({"from": "notifications@github.com"}, "automated"),
        ({"from": "alerts@bank.example.com"}, "automated"),
    ],
)
def test_list_bulk_newsletter_and_automated_mail_is_not_personal(headers: dict[str, str], flag: str) -> None:
    result = classify(personal(**headers))
    assert getattr(result, flag), result.reasons
    assert not result.personal


def test_more_recipients_than_the_limit_is_not_personal() -> None:
    eight = ", ".join(f"p{i}@example.com" for i in range(8))
    nine = eight + ", p9@example.com"
    assert classify(personal(to=eight)).personal
    assert classify(personal(to=nine)).many_recipients
    assert classify(personal(to="a@x.com", cc=eight)).many_recipients  # To and Cc count together
    assert classify(personal(to=nine), many=20).personal
    assert classify(personal(), recipients=9).many_recipients


def test_a_bounce_is_a_bounce_not_an_auto_reply() -> None:
    report = personal(
        **{
            "from": "MAILER-DAEMON@smtp.example.com",
            "subject": "Undelivered Mail Returned to Sender",
            "auto-submitted": "auto-replied",
            "content-type": 'multipart/report; report-type=delivery-status; boundary="x"',
        }
    )
    result = classify(report)
    assert result.bounce
    assert not result.auto_reply
    assert classify(personal(**{"x-failed-recipients": "a@b.c"})).bounce
    # A person writing about an undeliverable parcel is not a bounce.
    assert classify(personal(subject="Undeliverable parcel, what now?")).personal


def test_a_new_message_announcing_an_absence_is_personal_not_an_auto_reply() -> None:
    text = "Hi all, I will be out of the office next week, back on 10 March."
    assert classify(personal(subject="Next week"), text).personal
