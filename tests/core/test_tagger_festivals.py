"""The tagger on holidays and festivals: their eves, the long weekends they make, and the hours
of a festival's last night."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.tagger import tag_text


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a holiday's eve is the day before it
        (
            "First candle lit on Thanksgiving eve",
            date(2013, 11, 26),
            "Thanksgiving eve",
            "2013-11-27",
        ),
        (
            "The festival begins at sundown Wednesday, the eve of Thanksgiving.",
            date(2013, 11, 26),
            "the eve of Thanksgiving",
            "2013-11-27",
        ),
        (
            "Highways to peak on eve of Chinese New Year",
            date(2015, 2, 16),
            "eve of Chinese New Year",
            "2015-02-18",
        ),
        # Canada's Victoria Day, and a Labour Day in a text that names it (not Australia's)
        ("Victoria Day falls on Monday.", date(2012, 5, 18), "Victoria Day", "2012-05-21"),
        (
            "Cottages fill for the Victoria Day long weekend and stay open until Labour Day.",
            date(2012, 5, 18),
            "Labour Day",
            "2012-09-03",
        ),
        (
            "Cottages fill for the Victoria Day long weekend.",
            date(2012, 5, 18),
            "the Victoria Day long weekend",
            "2012-W20-WE",
        ),
        # the weekend a holiday makes longer
        (
            "Monday will be a bank holiday, and the three-day weekend will fill the hotels.",
            date(2012, 3, 16),
            "the three-day weekend",
            "2012-W11-WE",
        ),
        (
            "The new year begins on Thursday, and families will stretch the break into a "
            "four-day weekend.",
            date(2015, 2, 16),
            "a four-day weekend",
            "2015-W08-WE",
        ),
    ],
)
def test_holidays_eves_and_long_weekends(text: str, dct: date, span: str, value: str) -> None:
    assert _values(text, dct)[span] == value


def test_the_hour_of_a_festival_s_last_night_after_a_participle() -> None:
    text = (
        "The festival opened on Wednesday and runs for five days, ending on Sunday night with "
        "fireworks fired from barges at 9.30pm."
    )
    assert _values(text, date(2012, 3, 16))["9.30pm"] == "2012-03-18T21:30"


def test_a_day_that_follows_is_counted_from_the_day_before_it() -> None:
    text = "Passover begins at sundown Monday, and Easter follows six days later."
    found = _values(text, date(2014, 4, 9))
    assert found["Easter"] == found["six days later"] == "2014-04-20"


def test_world_aids_day_and_a_month_before_a_count() -> None:
    found = _values("Last October 420 people signed up.", date(2015, 9, 30))
    assert found["Last October"] == "2014-10"
    found = _values("Clinics offer free tests on World AIDS Day.", date(2014, 11, 28))
    assert found["World AIDS Day"] == "2014-12-01"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # "since" governs its own object, not a holiday later in the sentence
        (
            "Crowds are expected on Saturday for the service marking 100 years since the "
            "landing, the biggest crowd for Anzac Day in the town's history.",
            date(2015, 4, 23),
            "Anzac Day",
            "2015-04-25",
        ),
        # but still "since at least March"
        (
            "The light had been faulty since at least March.",
            date(2014, 2, 10),
            "at least March",
            "2013-03",
        ),
        # "and lay a wreath" after a future verb is no past
        (
            "The couple will arrive on Sunday and lay a wreath on Monday, Victoria Day.",
            date(2014, 5, 13),
            "Victoria Day",
            "2014-05-19",
        ),
    ],
)
def test_since_and_lay_do_not_send_a_holiday_back(
    text: str, dct: date, span: str, value: str
) -> None:
    assert _values(text, dct)[span] == value


def test_australia_s_labour_day_nearest_the_paper_s_day_and_its_long_weekend() -> None:
    text = (
        "The Queensland line will close until Tuesday, October 6, taking in the Labour Day long "
        'weekend in Australia.\n\n"Nobody commutes then, and the long weekend means the town will '
        'be quiet anyway," she said.'
    )
    values = _values(text, date(2015, 9, 19))
    assert values["the Labour Day long weekend"] == "2015-W40-WE"
    assert values["the long weekend"] == "2015-W40-WE"


def test_thanksgiving_monday_is_canada_s() -> None:
    text = "Most offices close on Thanksgiving Monday. Last Thanksgiving the pool stayed open."
    values = _values(text, date(2015, 10, 7))
    assert values["Thanksgiving Monday"] == "2015-10-12"
    assert values["Last Thanksgiving"] == "2014-10-13"


def test_a_thanksgiving_gone_by_in_mid_october_is_canada_s() -> None:
    text = (
        "Environment Canada had issued a storm warning. The port handled 11 ships over the "
        "Thanksgiving weekend, the most ever."
    )
    assert _values(text, date(2012, 10, 15))["the Thanksgiving weekend"] == "2012-W40-WE"


def test_a_lunar_year_with_its_element_and_its_day_said_again() -> None:
    values = _values(
        "Traders welcome the Year of the Wood Goat. Next year's Chinese New Year falls on Feb. 8.",
        date(2015, 2, 18),
    )
    assert values["the Year of the Wood Goat"] == "2015"
    assert values["Feb. 8"] == "2016-02-08"


def test_national_days_and_a_country_s_own_independence_day() -> None:
    values = _values(
        "Load-shedding continues until Heritage Day. Freedom Day in April was quiet. "
        "Madaraka Day falls on Saturday.",
        date(2014, 9, 22),
    )
    assert values["Heritage Day"] == "2014-09-24"
    assert values["Freedom Day"] == "2014-04-27"
    assert values["Madaraka Day"] == "2014-06-01"
    assert _values("Youth Day is Sunday.", date(2013, 6, 14))["Youth Day"] == "2013-06-16"
    text = (
        "ACCRA, Ghana - Schools across Ghana will march on Independence Day, Friday. "
        "In the United States, Independence Day is in July."
    )
    assert _values(text, date(2015, 3, 4))["Independence Day"] == "2015-03-06"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("India will celebrate Republic Day, officials in New Delhi said.", date(2014, 1, 20),
         "2014-01-26"),
        ("Ankara: Turkey marked Republic Day with a parade.", date(2013, 11, 2), "2013-10-29"),
        ("The Sensex rose to Rs 1,446. Markets will be shut on Monday for Republic Day.",
         date(2015, 1, 22), "2015-01-26"),
        ("Trains will carry 9 million people in China on National Day, Beijing said.",
         date(2013, 9, 28), "2013-10-01"),
        ("Dubai's malls stay open late for National Day, the UAE's 43rd.", date(2014, 11, 25),
         "2014-12-02"),
    ],
)  # fmt: skip
def test_republic_and_national_days_are_the_named_country_s(
    text: str, dct: date, value: str
) -> None:
    values = _values(text, dct)
    day = "Republic Day" if "Republic Day" in values else "National Day"
    assert values[day] == value


@pytest.mark.parametrize(
    "text",
    [
        "The Republic Day sale at Harlan's ends on Sunday.",  # no country: no day known
        "Churches gather for the National Day of Prayer on Thursday.",
    ],
)
def test_a_republic_or_national_day_of_no_named_country_is_no_date(text: str) -> None:
    assert not {"Republic Day", "National Day"} & set(_values(text, date(2014, 5, 2)))


@pytest.mark.parametrize(
    ("text", "dct", "value", "days"),
    [
        # the smallest unit holding the week is its value; its days are drawn
        ("Churches will hold services during Holy Week.", date(2014, 3, 20), "2014-04",
         ("2014-04-13", "2014-04-20")),
        ("Greer said Holy Week services will begin with Palm Sunday processions.",
         date(2014, 4, 9), "2014-04", ("2014-04-13", "2014-04-20")),
        # under way: the current one, whatever the tense
        ("Worshippers carried palms yesterday for Palm Sunday, which opens Holy Week.",
         date(2015, 3, 30), "2015", ("2015-03-29", "2015-04-05")),
        ("Japanese travellers left Tokyo for Golden Week.", date(2014, 5, 14), "2014",
         ("2014-04-29", "2014-05-06")),
        ("Trains in China will be full during Golden Week, Beijing said.", date(2013, 9, 28),
         "2013-10", ("2013-10-01", "2013-10-08")),
    ],
)  # fmt: skip
def test_holy_week_and_golden_week_are_weeks(
    text: str, dct: date, value: str, days: tuple[str, str]
) -> None:
    (week,) = [t for t in tag_text(text, dct) if t.text.endswith("Week")]
    assert week.value == value
    assert week.interval is not None
    assert (week.interval.start.date().isoformat(), week.interval.end.date().isoformat()) == days


def test_a_golden_week_of_no_named_country_is_no_date() -> None:
    assert "Golden Week" not in _values("Sales slowed after Golden Week.", date(2014, 5, 14))


def test_japan_s_holidays_by_their_english_names() -> None:
    values = _values(
        "Tokyo markets were closed for Labour Thanksgiving Day. Marine Day fell on a Monday; "
        "Culture Day was quiet, and Respect for the Aged Day saw record crowds.",
        date(2012, 11, 23),
    )
    assert values["Labour Thanksgiving Day"] == "2012-11-23"
    assert values["Marine Day"] == "2012-07-16"  # the third Monday of July
    assert values["Culture Day"] == "2012-11-03"
    assert values["Respect for the Aged Day"] == "2012-09-17"


def test_a_dateline_in_british_columbia_makes_thanksgiving_canada_s() -> None:
    text = "KESSEL BAY, B.C. - A best-of program will tour Kelowna after the festival, through "
    text += "Thanksgiving."
    assert _values(text, date(2015, 7, 25))["Thanksgiving"] == "2015-10-12"


def test_a_holiday_beside_a_weekday_is_that_day() -> None:
    text = "Malvaro will mark 50 years of independence on Friday, Independence Day, at 9:00 am."
    values = _values(text, date(2012, 8, 22))
    assert values["Independence Day"] == "2012-08-24"
    assert values["9:00 am"] == "2012-08-24T09:00"
    text = "The metro line will open on Wednesday, Republic Day."
    assert _values(text, date(2014, 10, 28))["Republic Day"] == "2014-10-29"


def test_canada_s_august_civic_holiday_by_its_provinces_names() -> None:
    values = _values(
        "Evacuees hope to be home for the B.C. Day long weekend. Simcoe Day is Monday.",
        date(2015, 8, 1),
    )
    assert values["B.C. Day long weekend"] == "2015-W31-WE"
    assert values["Simcoe Day"] == "2015-08-03"  # the first Monday of August


def test_remembrance_sunday_is_the_second_sunday_of_november() -> None:
    values = _values("The Legion will lay wreaths on Remembrance Sunday.", date(2013, 9, 14))
    assert values["Remembrance Sunday"] == "2013-11-10"


def test_what_lies_between_now_and_a_holiday_is_ahead() -> None:
    values = _values("They have nothing big between now and Christmas.", date(2015, 5, 12))
    assert values["Christmas"] == "2015-12-25"


@pytest.mark.parametrize(
    ("name", "dct", "value"),
    [
        ("Third Sunday of Advent", date(2014, 12, 14), "2014-12-14"),
        ("Gaudete Sunday", date(2014, 12, 10), "2014-12-14"),
        ("Fourth Sunday of Advent", date(2014, 12, 14), "2014-12-21"),
        ("Second Sunday of Easter", date(2015, 4, 1), "2015-04-12"),
        ("First Sunday of Lent", date(2015, 2, 10), "2015-02-22"),
        ("Laetare Sunday", date(2015, 3, 1), "2015-03-15"),
        ("Trinity Sunday", date(2015, 5, 1), "2015-05-31"),
        ("Resurrection Sunday", date(2012, 3, 31), "2012-04-08"),
        ("All Souls' Day", date(2013, 9, 19), "2013-11-02"),
    ],
)
def test_days_of_the_churchs_year(name: str, dct: date, value: str) -> None:
    assert _values(f"The parish will mark {name} with a sung Mass.", dct)[name] == value


def test_holidays_in_headings_in_capitals() -> None:
    text = "NEW YEAR'S DAY\nMass at 10 a.m.\n\nROSH HASHANAH AND YOM KIPPUR\nServices as usual.\n"
    values = _values(text, date(2014, 9, 17))
    assert values["NEW YEAR'S DAY"] == "2015-01-01"
    assert values["YOM KIPPUR"] == "2014-10-04"


def test_a_church_named_first_united_is_no_past_cue() -> None:
    text = "First United Methodist Church, 210 Court St.: Palm Sunday worship at 8:30 and 11 a.m."
    assert _values(text, date(2012, 3, 31))["Palm Sunday"] == "2012-04-01"


def test_a_sunday_of_a_holidays_name_is_not_the_dates() -> None:
    values = _values("Remembrance Sunday, 10 November, at 10.45am.", date(2013, 9, 19))
    assert values["Remembrance Sunday"] == "2013-11-10"
    assert values["10 November"] == "2013-11-10"


def test_waitangi_day() -> None:
    assert _values("Parades are planned for Waitangi Day.", date(2014, 1, 20))["Waitangi Day"] == (
        "2014-02-06"
    )


def test_figures_for_a_holiday_count_a_day_gone_by() -> None:
    text = "Figures for Boxing Day are due this afternoon."
    assert _values(text, date(2013, 12, 27))["Boxing Day"] == "2013-12-26"


def test_martin_luther_king_day() -> None:
    text = "The office will be closed Monday, January 20, Martin Luther King Jr. Day."
    assert _values(text, date(2014, 1, 15))["Martin Luther King Jr. Day"] == "2014-01-20"


def test_thanksgiving_in_the_week_before_canadas_is_canadas() -> None:
    text = "Pumpkins and a turkey trot: what's on this Thanksgiving weekend."
    assert _values(text, date(2014, 10, 10))["this Thanksgiving weekend"] == "2014-W41-WE"


def test_an_australian_mothers_day_is_in_may() -> None:
    text = "Florists in Sydney were busy before Mother's Day, which fell on Sunday."
    assert _values(text, date(2015, 5, 12))["Mother's Day"] == "2015-05-10"


def test_chuseok_the_spring_festival_and_eid_al_fitr_in_capitals() -> None:
    values = _values("Millions will travel home for Chuseok.", date(2014, 9, 5))
    assert values["Chuseok"] == "2014-09-08"
    values = _values("Tickets for the Spring Festival go on sale soon.", date(2013, 9, 28))
    assert values["the Spring Festival"] == "2014-01-31"
    values = _values("Eid Al Fitr is expected to fall on Friday.", date(2015, 7, 14))
    assert values["Eid Al Fitr"] == "2015-07-17"


def test_a_holiday_this_fall_and_a_headlines_to_start_after() -> None:
    text = (
        "Lake town's schools to start after Labor Day\n\n"
        "The board voted late Monday to start classes after Labor Day this fall."
    )
    found = [(t.text, t.value) for t in tag_text(text, date(2012, 1, 10))]
    assert found[0] == ("Labor Day", "2012-09-03")
    assert ("Labor Day", "2012-09-03") in found[2:]
    assert ("this fall", "2012-FA") in found
