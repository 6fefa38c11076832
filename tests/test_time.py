"""Time expressions: points, ranges, lists, approximate markers, relative times."""

from __future__ import annotations

import pytest

from kg.extract.time import find_times
from kg.resources import Resources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("那是在 2016 年。", [("2016 年", "2016", "", "", False)]),
        ("公司于2002年11月19日登记成立", [("2002年11月19日", "2002-11-19", "", "", False)]),
        ("二〇一六年三月", [("二〇一六年三月", "2016-03", "", "", False)]),
        ("1993 年至 1997 年,他是导师", [("1993 年至 1997 年", "", "1993", "1997", False)]),
        ("1993-1997年", [("1993-1997年", "", "1993", "1997", False)]),
        ("这是 2006、2007 年左右", [("2006、2007 年左右", "", "2006", "2007", True)]),
        ("大约 2010 年在巴黎", [("大约 2010 年", "2010", "", "", True)]),
        ("生日： 1988-02-19", [("1988-02-19", "1988-02-19", "", "", False)]),
        ("该社于19980615登记注册", [("19980615", "1998-06-15", "", "", False)]),  # eight digits, as registries print dates
        ("订单号A19980615，电话13919980615，金额19981399元", []),  # digits of a code, a phone, an amount
        ("工作了 15 年或 20 年", []),
        ("有2000人参加", []),
        # a year counted in a reign era or the Republic's calendar, with its dynasty before it
        ("药号创立于清道光十二年", [("清道光十二年", "1832", "", "", False)]),
        ("书院由他于南宋淳熙三年创建", [("南宋淳熙三年", "1176", "", "", False)]),
        ("民国元年他回到上海", [("民国元年", "1912", "", "", False)]),
        ("昭和40年生于大阪", [("昭和40年", "1965", "", "", False)]),
        # a decade: its first year to its last (no 1950年 inside 1950年代); 二十年代 names no century
        ("他在1950年代创办了贸易公司", [("1950年代", "", "1950", "1959", False)]),
        ("上世纪80年代他回到上海", [("上世纪80年代", "", "1980", "1989", False)]),
        ("20世纪九十年代初", [("20世纪九十年代", "", "1990", "1999", False)]),
        ("二十年代的上海", []),
        ("光绪年间有人在此开店", []),  # an era without a count is no year
        ("该寺始建于北宋至道二年", [("北宋至道二年", "0996", "", "", False)]),  # eras of the Han, Jin, Tang, Song, Yuan and early Qing too
        ("东晋咸和元年，他来到杭州", [("东晋咸和元年", "0326", "", "", False)]),
        ("汉永平十一年建成", [("汉永平十一年", "0068", "", "", False)]),
        ("该公司于2010年10月初成立", [("2010年10月初", "2010-10", "", "", False)]),  # a part of the month belongs to the time
        ("会议于2015年5月下旬召开", [("2015年5月下旬", "2015-05", "", "", False)]),
    ],
)
def test_absolute_times(res: Resources, text: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    found = [(m.text, m.time.value, m.time.begin, m.time.end, m.time.approximate) for m in find_times(text, 0, len(text), 0, res.time_words) if m.time]
    assert found == expected
    for m in find_times(text, 0, len(text), 0, res.time_words):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [("两年前，我们开始合作", "2024-03-15", "2022"), ("两年前，我们开始合作", "", ""), ("去年公司上市", "2024-01-01", "2023")],
)
def test_relative_times_resolve_only_with_a_date(res: Resources, text: str, date: str, value: str) -> None:
    (m,) = list(find_times(text, 0, len(text), 0, res.time_words, date))
    assert m.time is not None and m.time.value == value
    assert m.time.text == m.text


def test_two_whole_dates_after_a_comma_are_two_times_and_a_year_takes_its_part() -> None:
    from kg.resources import DATA_DIR, load_toml

    words = load_toml(DATA_DIR / "patterns" / "time.toml")
    text = "该部组建于1948年7月，1984年1月改编，2012年初又重组，2012年中国队夺冠。"
    found = [(m.text, m.time.value if m.time else "") for m in find_times(text, 0, len(text), 0, words)]
    assert found == [("1948年7月", "1948-07"), ("1984年1月", "1984-01"), ("2012年初", "2012"), ("2012年", "2012")]
