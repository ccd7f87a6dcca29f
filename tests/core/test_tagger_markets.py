"""The tagger on market reports: trading days, sessions in several zones, figures measured from a
day, quarters and weeks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.tagger import tag_text

TUESDAY = date(2015, 6, 9)
WEDNESDAY = date(2013, 3, 13)
SATURDAY = date(2012, 12, 1)


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # what is awaited lies ahead
        (
            '"Everyone is waiting for Thursday," said the strategist.',
            TUESDAY,
            "Thursday",
            "2015-06-11",
        ),
        ("Investors await Friday's jobs data.", TUESDAY, "Friday", "2015-06-12"),
        ("They waited for Thursday.", TUESDAY, "Thursday", "2015-06-04"),
        # a clock time in a named zone before the paper's own weekday: later today
        (
            "The index provider will announce at 5:30 p.m. New York time on Tuesday whether it "
            "will add the shares.",
            TUESDAY,
            "Tuesday",
            "2015-06-09",
        ),
        # "close to" is no verb of a schedule; "It hit" is a past
        (
            "The dollar rose to 96.24 yen, close to Monday's high.",
            WEDNESDAY,
            "Monday",
            "2013-03-11",
        ),
        (
            "It hit a 32-month low on Tuesday, and the minutes, due next Wednesday, may show more.",
            WEDNESDAY,
            "Tuesday",
            "2013-03-12",
        ),
        # data "due at" an hour on a weekday is still to come
        (
            "The Australian dollar was steady ahead of jobs data due at 11:30 a.m. Sydney time on "
            "Thursday (0030 GMT).",
            WEDNESDAY,
            "Thursday",
            "2013-03-14",
        ),
        # the coming quarter, said with no tense to go by
        (
            '"The dollar has room to run into the second quarter."',
            WEDNESDAY,
            "the second quarter",
            "2013-Q2",
        ),
        # a sentence that opens with next week holds next week's days
        (
            "Next week brings the rate decision on Thursday and the Autumn Statement on Wednesday.",
            SATURDAY,
            "Wednesday",
            "2012-12-05",
        ),
        # a headline's month before the next line's "Copper" is no contract month
        (
            "Miners lift FTSE 100 to best month since July\n\nCopper producers led.",
            SATURDAY,
            "July",
            "2012-07",
        ),
    ],
)
def test_market_report_days(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_a_peak_measured_from_is_not_the_day_of_the_session() -> None:
    text = (
        "TOKYO, June 9 - Asian shares fell on Tuesday after Wall Street slipped overnight. The "
        "index was down at 0630 GMT and has lost 5.1 percent since its April 28 peak.\n\n"
        "The Nikkei closed down 0.9 "
        "percent at 3 p.m. Tokyo time (0600 GMT)."
    )
    assert _values(text, TUESDAY)["3 p.m. Tokyo time"] == "2015-06-09T15:00"


def test_a_morning_hour_after_overnight_and_this_week_is_the_next_morning() -> None:
    text = (
        "Asian shares fell on Tuesday after Wall Street slipped overnight, as investors braced "
        "for figures later this week.\n\nThe index was down 0.8 percent at 0630 GMT."
    )
    assert _values(text, TUESDAY)["0630 GMT"] == "2015-06-09T06:30"


def test_a_past_clause_s_hour_is_on_the_trading_day_not_on_a_day_ahead() -> None:
    text = (
        "Mining shares lifted the index yesterday, as traders bet that figures due tomorrow "
        "will be strong. The chain said sales in the eight weeks to 24 November were up.\n\n"
        "Buying in the closing auction at 4.30pm added almost 20 points."
    )
    assert _values(text, SATURDAY)["4.30pm"] == "2012-11-30T16:30"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a present perfect before "a long winter" looks back
        ("It's been a long winter for vendors.", date(2015, 9, 13), "winter", "2015-WI"),
        # "last month" is a strong past: the January before it, not the one ahead
        (
            "Deals averaged 4.6% last month, down from 5.4% in January.",
            date(2013, 10, 19),
            "January",
            "2013-01",
        ),
        # but "than last year" only compares
        (
            "This year's programme will start two weeks earlier than last year, on 1 October.",
            date(2013, 9, 2),
            "1 October",
            "2013-10-01",
        ),
        # figures still to be published
        (
            "Prices rose, according to figures to be published on Monday by the website.",
            date(2013, 10, 19),
            "Monday",
            "2013-10-21",
        ),
        # a release reported on a weekday ahead ("newly built" is no past)
        (
            "The department reports on sales of newly built homes Wednesday.",
            date(2013, 7, 22),
            "Wednesday",
            "2013-07-24",
        ),
        # "June signed contracts" names no futures contract
        (
            "Many of the buyers who closed deals in June signed contracts in April.",
            date(2013, 7, 22),
            "June",
            "2013-06",
        ),
    ],
)
def test_housing_report_days(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # "shrank" is a past: the first quarter gone by
        (
            "The economy shrank 0.3 percent in the second quarter from the first quarter.",
            date(2012, 9, 12),
            "the first quarter",
            "2012-Q1",
        ),
        # the figures of the month in progress, still to come
        (
            "They will have the December inflation figures in January.",
            date(2013, 12, 5),
            "December",
            "2013-12",
        ),
        (
            "Economists expect November's payrolls to rise.",
            date(2014, 12, 5),
            "November",
            "2014-11",
        ),
        # a period of figures ends near the paper's day, whatever the tense of its report
        (
            "Figures are expected to show earnings up 2% in the three months to February.",
            date(2015, 4, 14),
            "February",
            "2015-02",
        ),
        (
            "A statement covering the nine months to September is due on 6 November.",
            date(2014, 8, 20),
            "September",
            "2014-09",
        ),
        # one monthly news conference, on the day: no hour of every month
        (
            "The rate was held, and the monthly news conference that followed at 2:30 p.m. ran "
            "for an hour.",
            date(2013, 12, 5),
            "2:30 p.m.",
            "2013-12-05T14:30",
        ),
    ],
)
def test_central_bank_and_data_days(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_timetable_kinds_are_no_dates() -> None:
    text = (
        "There will be no transport on Christmas Day and Sunday timetables on other days. "
        "Saturday shoppers will gain a new stop. A day ticket stays at £4.20."
    )
    assert [t.text for t in tag_text(text, date(2013, 12, 13))] == ["Christmas Day"]


def test_the_small_hours_after_new_year_s_eve_are_new_year_s_day() -> None:
    text = "On New Year's Eve, extra trains will leave at 12.40am and 1.20am after the fireworks."
    found = _values(text, date(2013, 12, 13))
    assert (found["12.40am"], found["1.20am"]) == ("2014-01-01T00:40", "2014-01-01T01:20")


def test_an_annual_results_story_s_halves_and_year_are_the_year_it_reports() -> None:
    text = (
        "The chain reported a 14% rise in profit for 2014, as a strong run of films in the second "
        "half made up for a slow start to the year."
    )
    found = _values(text, date(2015, 3, 12))
    assert (found["the second half"], found["the year"]) == ("2014-H2", "2014")


def test_the_hours_of_an_event_named_with_its_day_are_that_day_s() -> None:
    text = (
        "Sunday night's season finale drew 9.1 million viewers, according to figures released "
        "this morning.\n\nThe finale also ran four minutes over, ending at 11:04 p.m. ET."
    )
    assert _values(text, date(2013, 5, 20))["11:04 p.m. ET"] == "2013-05-19T23:04"


def test_a_headline_month_above_a_stamp_is_a_month_and_the_stamp_s_hour_the_paper_s() -> None:
    text = "Roaming vote pushed to September\n\n05.07.13 @ 09:41\n\nBy a reporter"
    found = _values(text, date(2013, 7, 5))
    assert (found["September"], found["09:41"]) == ("2013-09", "2013-07-05T09:41")


def test_an_agenda_s_hours_are_on_the_day_of_its_dated_heading() -> None:
    text = (
        "NOTICE OF REGULAR MEETING AND AGENDA\n\nMonday, October 20, 2014\nCouncil Chambers, "
        "City Hall\n\n5:30 p.m. - Work Session\n7:00 p.m. - Regular Meeting\n"
    )
    found = _values(text, date(2014, 10, 14))
    assert (found["5:30 p.m."], found["7:00 p.m."]) == ("2014-10-20T17:30", "2014-10-20T19:00")


def test_the_year_after_a_later_date_is_not_an_aside_s_year() -> None:
    text = "The program, created in 1996, expires Sept. 30, when the fiscal year ends."
    assert _values(text, date(2014, 7, 31))["the fiscal year"] == "2014"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a budget's two-year span is one fiscal year, even in a text of calendar years
        (
            "The deficit will not turn to a surplus until 2015-16, the minister said.",
            date(2013, 3, 27),
            "2015-16",
            "FY2016",
        ),
        # (but a season's stays two years)
        ("The club's 2013-14 season starts in August.", date(2013, 3, 27), "2013", "2013"),
        # "later next" is no edge of the season
        (
            "Starting an hour later next fall would cost more.",
            date(2015, 1, 5),
            "next fall",
            "2015-FA",
        ),
        # an irregular past after a weekday and a name: the weekday is a date
        (
            "On Tuesday Harcastle Energy became the fourth supplier to raise prices.",
            date(2013, 11, 16),
            "Tuesday",
            "2013-11-12",
        ),
    ],
)
def test_budget_years_and_editorial_days(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_a_season_of_a_kind_is_a_date_without_a_preposition() -> None:
    text = (
        "Dry, warm winter ahead for the south-east\n\nFarmers face a drier than average winter. "
        "The outlook follows a dry autumn across the grain belt."
    )
    found = [t.text for t in tag_text(text, date(2015, 5, 28))]
    assert found == ["winter", "winter", "autumn"]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        (
            "Farmers in Saskatchewan expect frost before Thanksgiving, the Canadian office said.",
            date(2012, 9, 26),
            "2012-10-08",
        ),
        ("Stores prepare for Thanksgiving.", date(2012, 10, 26), "2012-11-22"),
        ("Father's Day kept buyers home, the Sydney agents said.", date(2015, 9, 13), "2015-09-06"),
        ("Father's Day kept buyers home, the Boston agents said.", date(2015, 6, 28), "2015-06-21"),
    ],
)
def test_holidays_that_differ_by_country(text: str, dct: date, value: str) -> None:
    assert tag_text(text, dct)[0].value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Awards will be backdated to 12 January.", date(2015, 4, 4), "12 January", "2015-01-12"),
        (
            "Anyone who has not used this year's allowance has until Sunday.",
            date(2015, 4, 4),
            "Sunday",
            "2015-04-05",
        ),
        (
            "Because that is not a business day, the agency has moved it to Monday.",
            date(2015, 2, 27),
            "Monday",
            "2015-03-02",
        ),
    ],
)
def test_benefit_and_tax_deadlines(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_a_conditional_participle_is_no_past_and_a_half_hour_no_half_year() -> None:
    text = (
        "If approved, the crews could be on the road by July 1. Calls in the first half-hour wait."
    )
    found = _values(text, date(2013, 2, 21))
    assert found["July 1"] == "2013-07-01"
    assert "the first half" not in found


def test_a_thing_of_a_holiday_is_no_date_and_a_change_from_last_year_no_anchor() -> None:
    assert [
        t.text for t in tag_text("The Easter rush and Christmas dinner.", date(2015, 4, 1))
    ] == []
    text = (
        "NEW YORK, Dec 3 - Shoppers spent $1.94 billion online on Monday, up 18 percent from "
        "Cyber Monday last year. Traffic peaked between 8 p.m. and 11 p.m. on Monday night."
    )
    assert _values(text, date(2013, 12, 3))["8 p.m."] == "2013-12-02T20:00"


def test_years_later_counts_from_the_year_that_reaches_the_paper_s_day() -> None:
    text = (
        "When she walked out of Carrowkeel in the spring of 1849 she never came back. On Monday, "
        "163 years later, five of her descendants stood in the cottage."
    )
    assert _values(text, date(2012, 7, 18))["163 years later"] == "2012"


def test_last_does_not_reach_across_a_blank_line_to_a_date_line() -> None:
    text = "They will be remembered, as they were last\n\n24 Apr, 2015\n\nBy a reporter"
    assert _values(text, date(2015, 4, 24)) == {"24 Apr, 2015": "2015-04-24"}


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (
            "A year later, no trace of Megan\n\nBy a reporter",
            date(2015, 1, 9),
            "A year later",
            "2015",
        ),
        (
            'Both hoped to be back at sea "by the autumn".',
            date(2012, 8, 18),
            "the autumn",
            "2012-FA",
        ),
        (
            'A year ago the general promised victory "by the summer".',
            date(2015, 2, 9),
            "the summer",
            "2014-SU",
        ),
    ],
)
def test_a_headline_s_year_later_and_a_season_by_which(
    text: str, dct: date, span: str, value: str
) -> None:
    assert _values(text, dct)[span] == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a stock exchange's stamp
        ("Released 07:00 28-Feb-2012", date(2012, 2, 28), "28-Feb-2012", "2012-02-28"),
        # "last" with a year is the year's last quarter, not last quarter
        (
            "Sales rose in the last quarter of 2013.",
            date(2014, 4, 26),
            "the last quarter of 2013",
            "2013-Q4",
        ),
        # an Australian quarter named by its last month, after an adjective
        (
            "Sales were weak in October but a better than expected December quarter followed.",
            date(2015, 2, 19),
            "December quarter",
            "2014-Q4",
        ),
        # a first half gone by, said before it could end
        (
            "Volumes fell 4% in the first half as housebuilders ran down stocks.",
            date(2012, 2, 28),
            "the first half",
            "2011-H1",
        ),
        (
            "Sales have risen in the first half so far.",
            date(2012, 2, 28),
            "the first half",
            "2012-H1",
        ),
        # the full year of the results for a year just ended
        (
            "Final results for the year ended 31 December 2011. A final dividend of 5.1p per "
            "share makes 7.6p for the full year.",
            date(2012, 2, 28),
            "the full year",
            "2011",
        ),
    ],
)
def test_results_announcements(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a Saturday's look at the week to come
        (
            "The week ahead: inflation, jobs and growth.",
            date(2012, 10, 13),
            "The week ahead",
            "2012-W42",
        ),
        ("Prices rose the week ahead of the vote.", date(2012, 10, 13), "the week", "2012-W41"),
        # the month a figure is for, though its release lies ahead
        (
            "On Tuesday the statistics office publishes consumer price inflation for September.",
            date(2012, 10, 13),
            "September",
            "2012-09",
        ),
        (
            "On Thursday, the Labor Department will report consumer prices for January.",
            date(2012, 2, 14),
            "January",
            "2012-01",
        ),
        (
            "Online ticket sales for December trips will open on Friday.",
            date(2022, 11, 2),
            "December",
            "2022-12",
        ),
        # and the month it is compared with
        (
            "The office publishes inflation for September, which economists expect to fall to "
            "2.2% from 2.5% in August.",
            date(2012, 10, 13),
            "August",
            "2012-08",
        ),
        # a diary's next items
        (
            "On Wednesday come the labour market figures.",
            date(2012, 10, 13),
            "Wednesday",
            "2012-10-17",
        ),
        ("Retail sales follow on Thursday.", date(2012, 10, 13), "Thursday", "2012-10-18"),
        (
            "The move follows Tuesday's declaration by Ford.",
            date(1989, 10, 27),
            "Tuesday",
            "1989-10-24",
        ),
        # "said Monday that": no demonstrative "that January"
        (
            "Kettering Stores said Monday that January sales rose 3.2%.",
            date(2012, 2, 14),
            "January",
            "2012-01",
        ),
        # the quarter before the last completed one, when the one running was named last
        (
            "Canada grew 2.7 percent in the third quarter, heading into the fourth quarter. "
            "Household consumption rose 0.8 percent from the previous quarter.",
            date(2013, 11, 29),
            "the previous quarter",
            "2013-Q2",
        ),
        # "that year" after a fiscal year
        (
            "It expects to launch 25 products in FY16 and guided for growth of 12 per cent that "
            "year.",
            date(2014, 11, 6),
            "that year",
            "FY2016",
        ),
    ],
)
def test_statistics_releases(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_the_previous_quarter_is_the_one_before_the_story_s() -> None:
    # (not before a quarter compared with, nor before a revised one)
    text = (
        "Canada's economy grew 2.7 percent in the third quarter. The agency revised "
        "second-quarter growth up to 1.7 percent. Compared with the third quarter of 2012, "
        "output was 1.8 percent higher. Consumption rose 0.8 percent from the previous quarter."
    )
    assert _values(text, date(2013, 11, 29))["the previous quarter"] == "2013-Q2"


def test_a_quarter_named_by_its_months_just_ended_with_its_figures_awaited() -> None:
    text = "The City expects growth of at least 0.6% in the July-September period."
    assert _values(text, date(2012, 10, 13))["the July-September period"] == "2012-Q3"


def test_a_payment_missed_was_due_on_a_day_gone_by() -> None:
    text = (
        "Ferrovale skipped a $9.8 million interest payment due Sept. 15, entering a grace period."
    )
    assert _values(text, date(2014, 10, 8))["Sept. 15"] == "2014-09-15"


def test_a_year_earlier_than_a_fiscal_year_is_the_fiscal_year_before() -> None:
    text = "Net profit fell 18 per cent in the 2013-14 financial year, from $50m a year earlier."
    assert _values(text, date(2014, 8, 27))["a year earlier"] == "FY2013"


def test_a_call_s_fiscal_year_written_with_an_apostrophe() -> None:
    text = "Varden's fiscal year ends June 30. For fiscal '13 as a whole we keep our range."
    assert _values(text, date(2012, 11, 5))["fiscal '13"] == "FY2013"


def test_a_fiscal_year_off_the_calendar_quarters_counts_its_own_quarters() -> None:
    text = (
        "Renwick Seed put out its second-quarter numbers Wednesday. Its fiscal year runs from "
        "Sept. 1 to Aug. 31."
    )
    assert _values(text, date(2013, 3, 30))["second-quarter"] == "FY2013-Q2"


def test_a_call_s_back_half_of_the_year_is_its_second_half() -> None:
    text = "We expect volumes to pick up in the back half of the year."
    assert _values(text, date(2014, 7, 29))["the back half of the year"] == "2014-H2"


def test_a_headline_s_year_pair_is_fiscal_when_the_budget_s_are() -> None:
    text = (
        "Finance minister says books will balance in 2017-18\n\n"
        "The plan calls for a smaller deficit in 2016-17."
    )
    assert _values(text, date(2015, 3, 31))["2017-18"] == "FY2018"


def test_a_fiscal_year_that_begins_on_a_weekday_of_the_paper_s_week() -> None:
    text = (
        "The province will run a deficit in the fiscal year that begins Wednesday. It expects "
        "to close the current fiscal year with a deficit of $402 million."
    )
    values = _values(text, date(2015, 3, 31))
    assert values["the fiscal year"] == "FY2016"
    assert values["the current fiscal year"] == "FY2015"


def test_fiscal_q1_counts_the_text_s_quarters_fiscally() -> None:
    text = (
        "Ostrander Medical beats Fiscal Q1 estimates. The company, whose fiscal year ends "
        "Sept. 30, said revenue in the first quarter rose 8 percent."
    )
    values = _values(text, date(2015, 1, 29))
    assert values["Fiscal Q1"] == "FY2015-Q1"
    assert values["the first quarter"] == "FY2015-Q1"


def test_a_tuition_year_pair_is_two_years_even_in_a_fiscal_text() -> None:
    text = (
        "Tuition rose 4.8 percent for 2014-15. State support fell to $44 million in the fiscal "
        "year that ended June 30."
    )
    values = _values(text, date(2015, 1, 25))
    assert values["2014"] == "2014" and values["15"] == "2015"


def test_a_quarter_s_months_say_it_is_the_fiscal_one() -> None:
    text = (
        "Halcyon reported a profit for the financial year ending 30 June. In the fourth quarter, "
        "from April to June, sales were up 12%."
    )
    assert _values(text, date(2015, 9, 29))["the fourth quarter"] == "FY2015-Q4"


def test_the_day_a_fiscal_year_begins_is_no_day_the_story_is_on() -> None:
    text = (
        "The council meets at 4 p.m. to vote on a budget for the fiscal year that begins July 1. "
        "Jury selection begins at 9 a.m. in the trial of a former county treasurer."
    )
    assert _values(text, date(2013, 2, 19))["9 a.m."] == "2013-02-19T09:00"


def test_shares_moving_by_an_hour_move_on_the_papers_day() -> None:
    text = (
        "Black Friday, 28 November, was the busiest day in its history.\n\n"
        "Margins will fall in the financial year ending 31 January. Shares in the group fell "
        "4% to 286p by 9am."
    )
    assert _values(text, date(2015, 1, 8))["9am"] == "2015-01-08T09:00"


def test_shares_moving_after_a_day_ahead_and_a_listing_year() -> None:
    text = (
        "The union has called a rally for 1 pm on Tuesday.\n\n"
        "Its shares, listed in Frankfurt since 2006, fell 7.2 per cent to 23.15 euros by 1130 GMT."
    )
    assert _values(text, date(2012, 11, 8))["1130 GMT"] == "2012-11-08T11:30"


def test_a_company_by_its_ticker_moves_on_the_papers_day() -> None:
    text = (
        "The boards of both companies approved the deal on Sunday.\n\n"
        "Marlow (MVC) jumped 26 percent to $45.10 at 9:47 a.m. in New York. The shares had lost "
        "14 percent this year through Friday. Kestrel (KSTR) fell 2.3 percent to $61.84 at 4 p.m."
    )
    values = _values(text, date(2014, 11, 17))
    assert values["9:47 a.m."] == "2014-11-17T09:47"
    assert values["4 p.m."] == "2014-11-17T16:00"


def test_a_day_only_told_in_an_interview_is_not_the_calls_day() -> None:
    text = (
        "Talks began in the summer, the chief executive said in an interview Sunday evening.\n\n"
        '"We first looked at Marlow a decade ago," she said.\n\n'
        "On a call with analysts at 8:30 a.m. New York time, she said the review would follow."
    )
    assert _values(text, date(2014, 11, 17))["8:30 a.m. New York time"] == "2014-11-17T08:30"


def test_the_quarter_that_ended_on_a_day_and_a_docket_number() -> None:
    text = (
        "Sales fell in the second quarter, and it will take a charge in the quarter that ended "
        "Tuesday. The case, No. 4:11-CV-1927, was set for trial."
    )
    values = _values(text, date(2014, 10, 3))
    assert values["the quarter"] == "2014-Q3"
    assert "4:11" not in values


def test_next_quarter() -> None:
    assert (
        _values("It plans to launch the drug next quarter.", date(2014, 5, 16))["next quarter"]
        == "2014-Q3"
    )
    text = "Sales fell in the first quarter of 2012 and rose in the next quarter."
    assert _values(text, date(2014, 5, 16))["the next quarter"] == "2012-Q2"


def test_the_day_of_a_previous_auction_a_figure_is_compared_with() -> None:
    text = (
        "Estravia sold bonds Thursday at an average yield of 5.18%, down from 5.94% at a similar "
        "auction on Aug. 16. Bids were taken between 10 a.m. and 11 a.m. local time."
    )
    assert _values(text, date(2012, 9, 20))["10 a.m."] == "2012-09-20T10:00"
