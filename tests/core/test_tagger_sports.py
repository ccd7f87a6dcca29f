"""The tagger on sports reports: a match's halves and race times, the day the lede tells of,
what goes on sale or lands ahead."""

from __future__ import annotations

from datetime import date

from timeline_app.core.tagger import tag_text


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, dct)}


def test_a_results_list_s_race_times_are_no_clock_times() -> None:
    text = "Men: 1 Daniel Kiprotich (Ken) 2:08:44; 2 Tomas Bekele (Eth) 2:09:31."
    assert tag_text(text, date(2013, 10, 7)) == []


def test_a_match_s_half_and_the_quarter_finals_are_no_dates() -> None:
    text = (
        "Sunday 23 February 2014\n\nYesterday Pell scored in stoppage time, after the side had "
        "trailed at half-time. For most of the second half they defended. Pell headed in a corner "
        "in the 89th minute. Harlow plays Roux in the quarter-finals on Wednesday."
    )
    found = _values(text, date(2014, 2, 23))
    assert "the second half" not in found
    assert not any("quarter" in span for span in found)


def test_an_event_s_hour_is_on_the_day_the_lede_tells_of_past_the_date_line() -> None:
    text = (
        "Sunday 23 February 2014\n\nYesterday he scored twice in six minutes.\n\n"
        "The 3pm kick-off was delayed by 15 minutes."
    )
    assert _values(text, date(2014, 2, 23))["3pm"] == "2014-02-22T15:00"


def test_what_goes_on_sale_or_lands_lies_ahead() -> None:
    text = (
        "Tickets, priced £25, go on sale to season-ticket holders at 9am on Monday. "
        '"We land at 2.15pm on Friday their time," he said.'
    )
    found = _values(text, date(2014, 2, 19))
    assert (found["Monday"], found["Friday"]) == ("2014-02-24", "2014-02-21")


def test_a_far_until_of_another_clause_does_not_push_a_date_ahead() -> None:
    text = (
        "The captain is not expected back until October, and the prop is serving a ban for a "
        "red card in the semi-final on 23 May."
    )
    assert _values(text, date(2015, 6, 11))["23 May"] == "2015-05-23"


def test_atlantic_zones_and_an_hour_before_1400_in_a_text_of_24_hour_clocks() -> None:
    text = (
        "It landed at 11:52am ADT. The walkout began at 0400 local time (0200 GMT). Most "
        "short-haul flights before 1400 were cancelled."
    )
    found = [t.text for t in tag_text(text, date(2014, 10, 16))]
    assert "11:52am ADT" in found
    assert "1400" not in found


def test_minutes_past_midnight_and_a_single_year_s_financial_year() -> None:
    text = (
        "The first cask was filled at one minute past midnight on Sunday. Sales rose in the 2014 "
        "financial year."
    )
    found = _values(text, date(2015, 11, 16))
    assert found["one minute past midnight"] == "2015-11-15T00:01"
    assert found["the 2014 financial year"] == "FY2014"


def test_a_present_end_before_a_weekday_lies_ahead() -> None:
    text = "The May sweeps, which set advertising rates, end Wednesday."
    assert _values(text, date(2013, 5, 20))["Wednesday"] == "2013-05-22"


def test_lap_times_gaps_and_qualifying_sessions_are_no_dates() -> None:
    text = (
        "Reyes took pole with a lap of 1:32.441, while Varga failed to reach Q3 in qualifying.\n\n"
        "Stage 10: 1. Ortiz, 48:37. 2. Keller, 0:14 behind. 3. Dorne, 0:31.\n\n"
        "Overall: 1. Keller, 38:04:12. 2. Ortiz, 1:52 behind. 3. Dorne, 3:09."
    )
    assert tag_text(text, date(2013, 9, 21)) == []


def test_a_race_s_coming_days() -> None:
    text = (
        "Keller kept the jersey on Monday, heading into Tuesday's rest day. The race heads into "
        "the mountains Wednesday. Stage 14 on Saturday finishes on the Monte Arca, where Keller "
        "won in 2012. The forecast calls for thunderstorms Sunday night."
    )
    values = _values(text, date(2015, 5, 18))
    assert values["Tuesday"] == "2015-05-19"
    assert values["Wednesday"] == "2015-05-20"
    assert values["Saturday"] == "2015-05-23"
    assert values["Sunday night"] == "2015-05-24TNI"


def test_an_hour_s_sentence_ends_at_its_own_full_stop() -> None:
    # ("Last year's race was run" is the next sentence's past, not the hour's)
    text = (
        "Forecasters expect the heat to ease by Sunday afternoon, with a chance of showers after "
        "4 p.m. Last year's race was run in 38C heat."
    )
    assert _values(text, date(2013, 9, 21))["4 p.m."] == "2013-09-22T16:00"


def test_a_standfirst_s_hour_is_on_its_headline_s_day() -> None:
    text = (
        "Roads to close as the Tour comes to Harlow Cross on Thursday\n\n"
        "Market Square parking suspended from 6am as 20,000 expected to line the route\n\n"
        "Tuesday 11 September 2012\n\nROADS will close for four hours on Thursday."
    )
    assert _values(text, date(2012, 9, 11))["6am"] == "2012-09-13T06:00"


def test_a_clock_reading_to_the_second_even_a_leap_second() -> None:
    text = "The clocks will read 23:59:60 UTC, or 7:59:60 p.m. EDT, tonight."
    values = _values(text, date(2015, 6, 30))
    assert values["23:59:60 UTC"] == "2015-06-30T23:59:60"
    assert values["7:59:60 p.m. EDT"] == "2015-06-30T19:59:60"


def test_a_game_clock_is_no_time_of_day() -> None:
    text = (
        "Ebbing found Larue for a touchdown with 4:12 left. Harmon trailed 58-48 with 8:15 to "
        "play. Crowe's 3-pointer with 2:47 remaining won it."
    )
    assert tag_text(text, date(2014, 11, 10)) == []


def test_ages_in_the_plural_and_odds_are_no_spans_of_time() -> None:
    text = "The race for 3-year-olds goes off Saturday. Iron Chancellor is the 7-2 second choice."
    assert [t.text for t in tag_text(text, date(2015, 4, 30))] == ["Saturday"]


def test_a_race_named_by_its_off_time_is_a_clock_time() -> None:
    text = "Harbour Light can complete a hat-trick in the 2.30 at Kelbourne this afternoon."
    assert _values(text, date(2015, 5, 13))["2.30"] == "2015-05-13T14:30"
    assert [t.text for t in tag_text("Shares traded in the 1.25 range.", date(2015, 5, 13))] == []


def test_quarters_of_an_australian_football_game_are_no_dates() -> None:
    text = (
        "Carrick ground out a 14.12 (96) to 11.9 (75) win on Saturday night. The Kestrels kicked "
        "five goals to one in the third quarter."
    )
    values = _values(text, date(2013, 6, 10))
    assert "the third quarter" not in values
    assert values["Saturday night"] == "2013-06-08TNI"


def test_a_final_fixed_for_a_day_is_ahead() -> None:
    text = "The senior football final, fixed for Sunday, has been put back a week."
    assert _values(text, date(2015, 10, 13))["Sunday"] == "2015-10-18"


def test_a_fixture_lists_days_are_ahead() -> None:
    text = (
        "ROUND 12\nFriday: Wyndale v Bellmont, Carrick Park, 7.50pm\n"
        "Saturday: Tallowood v Yarraby, 1.45pm\n"
    )
    values = _values(text, date(2013, 6, 10))
    assert values["Friday"] == "2013-06-14"
    assert values["1.45pm"] == "2013-06-15T13:45"
