from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.tagger import tag_text
from timeline_app.core.tagger.fiscal import fiscal_start, fiscal_year_of, southern_hemisphere
from timeline_app.core.tagger.timeml import interval_for


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The company's financial year ends on June 30.", 7),
        ("Its fiscal year ended Sept. 30.", 10),
        ("Brindlecote's fiscal 2026 began on September 28, 2025.", 10),  # a 52-week year
        ("The state cut its grant for fiscal 2027, which began July 1.", 7),
        ("The trust expects to end the financial year, on 31 March, with a deficit.", 4),
        ("For the fiscal year, which ends Dec. 31, it expects growth.", 1),
        ("Mills owe farmers Rs 412 crore for the previous fiscal.", 4),
        ("Profit for fiscal 2024 fell.", 1),  # not said: the calendar year
        # a British text's financial year is the state's, from April; an Australian one's, July
        ("The NHS trust overspent by £3m in the last financial year.", 4),
        ("Australian households got A$500 back this financial year.", 7),
        ("Sales for the financial year rose 4%.", 1),
        ("Wellington will spend NZ$40m in the current financial year.", 7),
        # Australia told by its exchange, time zones, states or tax office
        ("The ASX-listed firm expects a weaker financial year.", 7),
        ("The budget is due at 7.30pm AEST and shows a deficit this financial year.", 7),
        ("The 2014-15 financial year ended on Tuesday; the Tax Office says refunds are quick.", 7),
        # a company's results year, stated by its twelve months
        ("Net profit for the 12 months to 30 June was $41.2 million.", 7),
        ("Revenue for the twelve months ended Sept. 30 rose 4%.", 10),
        ("Renwick's fiscal year runs from Sept. 1 to Aug. 31.", 9),
        ("Halcyon reported a profit for the financial year ending 30 June.", 7),
        ("In FY2014, which ended on June 30, the group paid a dividend.", 7),
        # a quarter's months are not the year's start
        (
            "The year ends Sept. 30; not before the second quarter of fiscal 2015, which runs "
            "from January to March. Its fiscal year ends Sept. 30.",
            10,
        ),
    ],
)
def test_the_month_a_fiscal_year_starts_in(text: str, start: int) -> None:
    assert fiscal_start(text) == start


def test_a_fiscal_year_is_named_by_the_year_it_ends_in() -> None:
    assert fiscal_year_of(date(2025, 10, 1), 10) == 2026
    assert fiscal_year_of(date(2025, 9, 30), 10) == 2025
    assert fiscal_year_of(date(2025, 9, 30), 1) == 2025


def test_fiscal_values_cover_their_months() -> None:
    year = interval_for("FY2026", 10)
    quarter = interval_for("FY2026-Q2", 10)
    assert year is not None and quarter is not None
    assert (year.first_day, year.last_day) == (date(2025, 10, 1), date(2026, 9, 30))
    assert (quarter.first_day, quarter.last_day) == (date(2026, 1, 1), date(2026, 3, 31))
    calendar = interval_for("FY2026")
    assert calendar is not None and calendar.first_day == date(2026, 1, 1)


def test_australian_savings_and_tax_words_turn_the_seasons_round() -> None:
    assert southern_hemisphere("Ask the Tax Office; super contributions had to reach the fund.")
    assert not southern_hemisphere("The Tax Office in Leeds said refunds were quick.")


def test_a_quarter_of_next_year_is_the_calendar_s_unless_said_fiscal() -> None:
    text = (
        "The group's financial year ends on June 30. Its first quarter was weaker than Q1 "
        "FY2014, and analysts see no floor before the first quarter of next year."
    )
    values = {t.text: t.value for t in tag_text(text, date(2014, 11, 15))}
    assert values["the first quarter of next year"] == "2015-Q1"
