"""The mention grammars, compiled once per ``Resources`` from ``data/patterns/mentions.toml`` and
``data/names/`` (``compiled_grammar``), plus the word classes the mention sources share.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kg.extract.anchors import compile_led, opening_characters, required_characters
from kg.model import Token
from kg.resources import Resources
from kg.segment import NAME_TAGS

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ'’]*(?:[\-.][A-Za-z0-9À-ÖØ-öø-ɏ]+)*"
LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?:(?: | ?& ?){_LATIN_WORD}){{0,5}}")  # (Simon & Schuster: one run, the words read in it)
LATIN_TOKEN = re.compile(_LATIN_WORD)
COPULA = re.compile(r"(?:是|为|叫|：|:)\s*$")
TITLE = re.compile(r"《([^《》\n]{1,40})》")
NAME_POS = NAME_TAGS  # the segmenter's tags for people's names
LEFT_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "n", "vn", "j", "eng", "an", "ng", "nl", "l", "s"}
PLACE_POS = {"ns", "nt", "nz", "eng", "j"}
NAME_LIKE_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "eng", "j"}
# How the segmenter tags a one-character word of a name it does not know as one: a measure word or a
# morpheme (松叶/nr 堂/q 株式会社, 恩典/ns 堂/q 由某某创建)
INNER_CHARACTER_POS = frozenset({"q", "ng", "zg"})
SUFFIX_TOKEN_POS = {"ns", "nt", "nz", "n", "nr", "nrt", "j", "l", "vn", "ng"}
_STOP_LEFT = {"这", "那", "该", "本", "此", "各", "每", "某", "一家", "这家", "那家", "多家", "几家", "一所", "这所", "的"}
PLACE_TYPES = {"Place", "Country", "City", "Region"}
# 省/市/县 alone before an organization's name stand for "the province's", "the city's": 市教育局.
ADMIN_CHARS = {"省", "市", "县", "区", "州"}
ROLE_WORD_KINDS = frozenset({"role", "title"})  # the kinds of person_context.txt word for people by what they do (作家, 师长, 教授)
PERSON_WORD_KINDS = frozenset({"role", "title", "kinship"})  # the kinds of person_context.txt word before a name that only go with people (导演, 总统, 儿子)
FIRM_COUNTERS = frozenset({"一家", "这家", "那家", "家", "每家", "多家"})  # counters of firms: what they count is a kind (一家挪威科技公司)


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


_PHRASE_HEADS = frozenset("的之和与同携偕向对在")  # the first word of an after-name phrase the segmenter keeps apart (向记者, 在接受采访)

@dataclass(frozen=True)
class Grammar:
    """Everything compiled from the pattern files, built once per ``Resources``."""

    dotted: re.Pattern[str]
    named: re.Pattern[str]
    translit: frozenset[str]
    # the names data's lists (Resources.names, the same objects), read by the name scorer at every
    # candidate: an attribute of this compiled class is read without the lookup a plain class's takes
    surnames: dict[str, int]
    given_chars: frozenset[str]
    context_before: dict[str, str]
    context_after: dict[str, str]
    suffix_table: tuple[tuple[str, str, str], ...]  # (suffix, subtype, org|place), longest first
    suffix_index: dict[str, tuple[str, str, str]]  # the same, by suffix, for lookups by word tail
    suffix_lengths: tuple[int, ...]  # the suffix lengths present, longest first
    suffix_finals: frozenset[str]  # the last characters of the suffixes: a word ending in none has no suffix
    suffix_tails: frozenset[str]  # proper tails of the suffixes (中心 of 卡中心), to join words by
    weak: frozenset[str]
    titles: dict[str, str]
    title_bodies: frozenset[str]  # 院, 会, 所 …: what the titles in ``titles`` head
    title_body_types: dict[str, str]  # 行 → Company, 校 → EducationalOrganization …: the kind of body a title's head names
    staff_words: frozenset[str]  # 工作人员, 负责人 …: people who speak for an organization
    org_pronouns: tuple[str, ...]  # 该公司, 该校 …: an organization's pronouns, longest first
    org_pronoun_heads: frozenset[str]  # the words they open with, however the segmenter cuts them (该, 本, 这家)
    firm_cues_after: tuple[str, ...]  # 旗下, 发布公告 …: after a trade name and its line of business, only a firm's
    firm_price_cue: re.Pattern[str]  # 以12亿元收购: a price paid for a firm, after a trade name and its line of business
    named_body: re.Pattern[str]  # 一家名为X的公司: a body introduced by its name (groups name, kind)
    described_body: re.Pattern[str]  # 是一家(某国)(某某)公司 right after a name: it is a body of that kind (group kind)
    named_body_kinds: dict[str, str]  # 公司 → Company …: the kind of body such a phrase ends with
    given_name_bodies: frozenset[str]  # 军: a body's ending that ends given names too (罗志军 is a person)
    bare_bodies: dict[str, str]  # 公司, 学校 → this_company, this_school: a pronoun between a post's verb and the post
    bare_body_verbs: frozenset[str]  # 任, 现任, 担任 …: the verbs before such a bare body
    bare_body_tenses: frozenset[str]  # 现任, 首任 …: a bare body opening a sentence before one and a post is the body named before
    bare_body_boards: frozenset[str]  # 董事会, 理事会 …: between a bare body and the post (公司第八届董事会董事长)
    body_words: tuple[str, ...]  # 总部, 创始人 …: what only a body has, after a 其 or a bare body opening a sentence
    body_clause_words: frozenset[str]  # 成立于, 位于 …: what is said of a body right after its bare kind opening a sentence
    title_ends: frozenset[str]  # last characters of the titles, to skip most words at once
    not_suffix: frozenset[str]
    stop_left: frozenset[str]
    pos_stop: frozenset[str]
    name_stop: frozenset[str]  # characters that end (or never belong to) a Chinese name
    source_closers: Prefixes  # 获悉, 了解到 …: 从某某获悉 holds a preposition and a source, no name
    not_person: frozenset[str]
    not_final: frozenset[str]  # characters that end the names of buildings, prizes, events
    village_endings: frozenset[str]  # after 家, the end of a village's name (刘家沟), no person's
    name_final: frozenset[str]  # function characters that also end given names (吴冠中, 某春和)
    final_before_copula: frozenset[str]  # … and those that end them only before a copula (杨武之 / 为)
    state_names: frozenset[str]  # 鲁, 楚 …: with 国 after them, an old state (鲁国), no person's name
    date_unit_finals: frozenset[str]  # … and date units with no number before them (吕松年)
    sexagenary: frozenset[str]  # a heavenly stem and an earthly branch (丁巳): a date's number
    never_final: frozenset[str]  # boundary characters that end no given name, whatever jieba tags
    two_people_after: tuple[str, ...]  # 夫妇, 母子 …: a word for two people after two names
    verbs_after_names: frozenset[str]  # 育有, 出任 …: a name never ends with their first character
    former_marks: frozenset[str]  # 原: "former" before an organization and a title
    since_marks: frozenset[str]  # 自: "since" before a year
    post_ren_verbs: frozenset[str]  # 后任, 调任 …: a 任 ending one is the verb of a post, no surname
    heirs: tuple[str, ...]  # 儿子, 其子, 太子 …: after 立 or 封 ending a given name, the child a ruler makes heir
    people_describers: frozenset[str]  # 一名, 著名, 现役 …: between a copula after a name and a word for people
    forms_of_address: frozenset[str]  # 先生, 女士: glued to a surname after a name (王敏周先生), the name ends before it
    clan_words: tuple[str, ...]  # 兄弟, 家族, 宗祠: after 某氏 the family, no person
    located_after: re.Pattern[str]  # 就位于, 地处 …: an adverb perhaps and a verb of where something lies, after a place
    located_after_openers: frozenset[str]  # the characters a match of located_after starts with
    has_children: re.Pattern[str]  # 育有两个儿子, 的三个女儿: a verb of having (or 的), a count and a word for children
    has_children_openers: frozenset[str]  # the characters a match of has_children starts with
    pseudonym: re.Pattern[str]  # （化名, （笔名, （字…: a note in parentheses of a name not the person's own
    pseudonym_openers: frozenset[str]  # the characters a match of pseudonym starts with
    speech_to_press: re.Pattern[str]  # 对本报记者表示, 对媒体透露: speaking to the press, after a person's name
    founding_verbs: tuple[str, ...]  # 创立, 创办 …: 由某某创立 names a founder, a person
    marriage_after: re.Pattern[str]  # 与歌星某某结婚: 和 or 与, the partner and a verb of marrying in the clause
    org_heads: frozenset[str]  # region words that head organization names (西北大学) though no place on their own
    charter_heads: tuple[str, ...]  # 国立, 省立: an official name's head texts leave out
    name_inner_words: frozenset[str]  # words tagged as times or verbs inside names (青年联合会, 电竞俱乐部)
    person_roles: tuple[str, ...]  # role and title words of the name cues (歌手, 教师): no organization ends in one
    described_as_person: re.Pattern[str]  # 是 … and a role or title ending a clause after a name (X 是某大学教授): a person's
    bio_after: re.Pattern[str]  # what follows a name that opens a biography (，男，; （1920年—)
    bio_after_openers: frozenset[str] | None  # the characters a match of bio_after starts with (None: unknown)
    bio_headings: tuple[str, ...]  # headings glued before the name that opens a fact box (简介, 个人资料)
    schooling_levels: frozenset[str]  # 高中, 大学, 本科 …: a person's level of schooling after their name
    study_verbs: tuple[str, ...]  # 就读, 毕业 …: what follows the level (某某高中就读于)
    degree_levels: frozenset[str]  # 大学, 研究生 … before 学历: a level of education, no school
    field_name: re.Pattern[str]  # a fact box's name value: 姓名：X (before whitespace or the next label)
    field_org: re.Pattern[str]  # an organization's box: 公司名称：X (before whitespace, a pause or the next field)
    org_box: re.Pattern[str]  # a field only an organization's box has (成立时间, 创始人, 总部 …)
    org_box_title: re.Pattern[str]  # a box's or a ranking's title (第3名：某某（Latin）, 【百科】某某  创始人 …)
    box_headings: tuple[str, ...]  # 关于我们, 招聘 …: a page's heading, no box's title
    name_openers: frozenset[str]  # 母校, 考入 …: a dictionary word and a body's ending right after one name the body
    time_after_names: frozenset[str]  # 今年, 当年 …: times a text says right after a name (no given name 永年/t is one)
    # after-name context phrases that start with 的, 和, 与 … (的父亲, 和妻子): two tokens or more, matched
    # on the text, looked up by length (``after_de_at.at(text, k)``: one of them starts at text[k])
    after_de_at: Prefixes
    counted_kin_after: re.Pattern[str]  # 的第三个儿子, 的长女: 的, a rank or a count, then a kin word (闻一多/l 的第三个儿子)
    not_person_before: frozenset[str]  # words after a name that make it a prize or a place
    sports: re.Pattern[str]
    player_before: frozenset[str]
    country_players: frozenset[str]  # after a country: the player's country, not a team (巴西球员)
    player_sports: frozenset[str]  # 足球, 篮球 …: a sport between a country and such a word (尼日利亚足球运动员)
    player_after: frozenset[str]
    player_adverbs: frozenset[str]
    role_verbs: frozenset[str]
    player_clause: frozenset[str]
    player_helps: frozenset[str]  # 帮助, 带领 …: before a known club in a match report, the name before them is a player's
    league: re.Pattern[str]
    versus: re.Pattern[str]
    versus_marks: re.Pattern[str]  # the first characters of versus's words: a text without one holds no match
    team_suffixes: frozenset[str]  # 队, 俱乐部 …: a word that is one of them ends a team's name
    team_qualifiers: frozenset[str]  # 女足, 青年 …: between a country and a team's ending (日本女足国家队)
    locative: frozenset[str]
    route: re.Pattern[str]  # 京广线, 京沪高速: a route named by the places it joins; 东四环: a ring road
    place_tail: tuple[str, ...]
    place_tail_words: frozenset[str]  # the same words, for `in`
    admin_tail: tuple[str, ...]
    address_tail: tuple[str, ...]
    tail_finals: frozenset[str]  # the last characters of place_tail's and address_tail's words: a word ending in none ends in neither
    number_unit: re.Pattern[str]
    counters: frozenset[str]  # 一座, 一处: counts of things, no house numbers
    directions: frozenset[str]
    birth_before: re.Pattern[str]  # a verb of birth right before a place (出生于, 生于 …; kg/extract/birthplaces.py)
    address_label: re.Pattern[str] | None  # 地址：, 位置：: the label of an address's value
    place_words: frozenset[str]
    departments: frozenset[str]
    boards: frozenset[str]  # 董事局, 董事会 …: right after an organization's name, or before a post, no organization of its own
    board_posts: frozenset[str]  # 主席, 秘书 …: posts on a board, after it (董事局主席)
    post_marks: frozenset[str]  # 原, 首任, 的 …: between an organization's bare ending and its head's title (星河集团 / 原 / 董事长)
    school_endings: frozenset[str]  # 大学, 中学, 学校 …: a school's ending, its head's titles and fields its own
    school_head_titles: frozenset[str]  # 校长, 院长 …: after a school's ending, the school's head
    kinded_bodies: frozenset[str]  # 学校, 医院 …: after a word of kind in one word, a kind of body (音乐学校), no name
    committee_seats: frozenset[str]  # 常委, 编委, 政委: a seat on a committee written after it in one word (省委常委)
    naming_endings: frozenset[str]  # 医院, 集团, 乐团 …: endings that make a name of a dictionary word before them
    naming_endings_sorted: tuple[str, ...]  # the same, sorted, to test a longer ending ending in one (理工学院)
    registered_name_post_endings: tuple[str, ...]  # 董事长, 书记 …: a word ending in one before a registered name is a post elsewhere
    graduating: frozenset[str]  # 毕业, 肄业 …: glued to a school's ending before them (大学毕业/n), split again
    graduated_schools: tuple[str, ...]  # 大学, 中学 …: the school's endings such a word opens with
    graduated_school_firsts: frozenset[str]  # their first characters: a cheap test before them
    station_namesakes: tuple[str, ...]  # 路, 桥, 广场 …: 站 right after a word ending in one is a station (某某路站)
    acting_places: tuple[str, ...]  # 街道, 社区 …: places that act in the news, a verb's noun after one no name
    street_words: frozenset[str]  # 路, 大街, 巷 …: a street as a word of its own (东 / 路, 鼎新 / 路)
    street_endings: tuple[str, ...]  # 路, 大道, 胡同 …: a street's name ends in one (某某路 / 与 / 天兴 / 巷)
    team_before: frozenset[str]
    team_after: frozenset[str]
    team_name_endings: frozenset[str]  # 城, 联: a club's name's last word (布里斯托尔 / 城)
    not_team: frozenset[str]
    place_label: re.Pattern[str]
    glued: frozenset[str]
    glued_first: frozenset[str]  # glued, and the copula: what a made-up name's first word may have glued on
    post_verbs_glued: frozenset[str]  # 任, 兼 glued to a name's first word after 同志
    org_suffixes: tuple[str, ...]
    org_suffix_set: frozenset[str]  # the same words, for `in` (a tuple is read through, one comparison a word)
    branches: frozenset[str]
    sub_organizations: frozenset[str]
    body_suffixes: frozenset[str]
    ministry_endings: tuple[str, ...]  # 部, 总局, 委员会 …: a government body ending in one may have a department after it (商务部外资司)
    stationed_office: re.Pattern[str]  # 驻法国大使馆, 驻京记者站: after a country or a body, its office somewhere else
    strong_place: frozenset[str]
    media_suffixes: tuple[str, ...]
    competition_suffixes: tuple[str, ...]
    latin_not_names: frozenset[str]
    admin_bodies: frozenset[str]
    committees: frozenset[str]  # 党委 …: an organization's own committee
    committee_post_words: tuple[str, ...]  # 书记, 副书记 …: posts in such a committee
    admin_body_endings: tuple[str, ...]
    latin_followed_by: tuple[tuple[str, str], ...]
    latin_legal_forms: tuple[str, ...]  # 有限公司, 株式会社 …: a legal form right after a firm's Latin-script name is part of it
    latin_organization_before: tuple[tuple[str, str], ...]
    organization_heads_before: tuple[tuple[str, str], ...]  # 公司, 开发商 … (no verbs): before a transliterated name too
    latin_organization_last: dict[str, str]  # Labs, Inc, University …: the last word of an organization's name
    latin_organization_first: dict[str, str]  # FC, AC …: the first word of a club's name
    latin_organization_before_one_word: tuple[tuple[str, str], ...]  # 加入了, 就职于 … before a one-word Latin name
    made_by: tuple[str, ...]
    made_by_word: re.Pattern[str]
    made_verbs: tuple[str, ...]
    made_adverbs: frozenset[str]
    japanese_family: re.Pattern[str]  # any Japanese family name of the names data
    surname_start: re.Pattern[str]  # a character that begins a surname of the names data: where a Chinese name may start
    executive_titles: frozenset[str]  # 董事长, 总监 …: a person's post in an organization
    people_of_bodies: frozenset[str]  # 董事长, 员工, 教授 …: posts, staff and roles (person_context's role and title words) someone holds in a body
    role_after: re.Pattern[str]  # 是某公司的创始人, 担任某校校长, 是某某的次子: a copula or a verb of a post, then one of people_of_bodies or 的 and a kin word, in the clause
    role_after_openers: frozenset[str]  # the first characters of role_after's verbs: a cheap test before the pattern
    title_modifiers: frozenset[str]  # 首席, 营销 …: the function a title heads
    title_tenses: frozenset[str]  # 原, 时任 …: when a post was held, before its title or the organization's name
    region_scopes: tuple[str, ...]  # 地区, 亚太区 …: a region a post covers, between the firm's name and the post
    appointing_verbs: frozenset[str]  # 出任, 辞去 …: before a body and its title, the post taken up (or left)
    appointing_verbs_before_wei: frozenset[str]  # 当选, 聘任 …: the same with 为 after them (当选为某某集团董事长)
    noble: re.Pattern[str]  # a court title (after a surname or a two-character name)
    noble_after_surname: frozenset[str]
    fief_ranks: tuple[str, ...]  # 乡侯, 亭侯, 国公 …: a rank held of a fief, written after the fief (武乡侯), no name's end
    fief_rank_finals: frozenset[str] | None  # their last characters (None where a rank is empty: it would end every word)
    fief_rank_before_name: str  # 侯: after a fief and before a full name, the rank (高密侯 / 周立), no surname
    noble_titled: re.Pattern[str]  # a consort's or a royal title after a name (皇后, 夫人, 公主 …), matched where a name ends
    noble_after_name: frozenset[str]
    noble_office: frozenset[str]  # titles whose name before is no place (罗马皇帝)
    noble_not_names: frozenset[str]
    temple_titles: frozenset[str]  # 宗, 祖: after a dynasty and one character, a ruler's temple name
    temple_firsts: frozenset[str]  # 太, 高, 英 …: the character before 宗 or 祖 in a temple name said without its dynasty
    lord: re.Pattern[str]  # 赵武灵王, 齐桓公, 魏文侯: an old state, a posthumous name and the lord's rank
    dynasties: frozenset[str]
    nickname_kin: frozenset[str]  # 女儿, 儿子 …: kin words a pet name follows
    alias_words: tuple[str, ...]  # 小名, 原名 …: words giving a person's other name in parentheses, longest first
    org_alias_words: tuple[str, ...]  # 现, 原名, 前身为 …: words giving an organization's other name in parentheses, longest first
    org_alias_before: re.Pattern[str]  # ，时称 …: before an organization's other name in a clause of its own (searched, ends right before it)
    org_former_before: re.Pattern[str]  # 原名“ …: before an organization's former name in a relative clause before it (searched, ends right before it)
    alias_between: re.Pattern[str]  # 就是, 原名 …: between two names of one person in running text
    alias_clause: re.Pattern[str]  # ，字某某，，笔名某某，: a clause right after a name that gives another of the person's names
    org_alias_between_words: frozenset[str]  # 原名, 时称 …: opening a clause that gives an organization's other name
    title_endings: tuple[str, ...]  # 帝, 宗, 王 …: a title that names a person right before their name
    tibetan_part: re.Pattern[str]  # any part of a Tibetan name (kg.extract.names.tibetan_names)
    country_abbreviation: re.Pattern[str]  # 美 of 美籍, [美]: a country's one-character form where it names the country
    country_abbreviations: dict[str, str]  # that character → the gazetteer's entry
    person_cues_before: tuple[str, ...]  # the names' context words before a name (记者, 教授 …), for endswith
    person_cues_after: tuple[str, ...]  # those after one of two characters or more, not opening with 的 (表示, 先生 …)
    nickname_prefixes: tuple[str, ...]  # 小, 阿: characters that open a pet name
    nickname_not_doubled: frozenset[str]  # 天天, 常常 …: doubled characters that name nobody
    founded_verb: re.Pattern[str]  # 成立于 + a date after an organization's name
    founded_generic: frozenset[str]
    registered_endings: tuple[str, ...]  # 有限公司 …: the legal endings of registered company names
    registered_stops: frozenset[str]
    lawsuit_parties: frozenset[str]  # 原告, 被告 …: before a party's name, no part of it
    registered_trades: frozenset[str]
    trade_words: frozenset[str]  # 网络, 科技 …: lines of business, no name of their own
    body_kinds: frozenset[str]  # 专科, 儿童, 重点 …: words before a body's ending that say what kind it is, no name
    school_fields: frozenset[str]  # 职业, 师范 …: between a school's name and its ending
    village_ends: frozenset[str]  # 岗, 庄, 塘 …: the last character of a village's name, a word of its own before a school's ending
    body_fields: frozenset[str]  # 足球, 文化 …: between another body's name and its ending
    verb_complements: frozenset[str]  # 完, 进 …: what ends a verb phrase the segmenter made one word (念完)
    made_up_place: frozenset[str]  # 路, 村, 景区 …: place suffixes a made-up two-character name may head
    straddled_verbs: re.Pattern[str]  # 出任, 创办 …: verbs the segmenter may cut across two words before a name
    firm_forms: tuple[str, ...]  # 集团, 控股 …: what a company's name ends with before its legal ending
    business_lines: frozenset[str]  # more lines of business, read only when a firm's trade name is taken out
    firm_lines: frozenset[str]  # 科技, 地产, 用品 …: lines of business that are nouns (trade_words less the verbs, business_lines)
    founded_verb_anchors: frozenset[str]  # characters one of which every match of founded_verb holds
    company_kinds: frozenset[str]  # 初创, 民营 …: kinds of company that open no name
    trade_line_people: frozenset[str]  # 人, 者, 师 …: after a trade name and its line of business, a person's role (某某 / 制作 / 人)
    trade_line_fields: frozenset[str]  # 研究, 领域 …: after a line of business, a field of work (某某 / 智能 / 研究), no firm
    described_firm_kinds: frozenset[str]  # 品牌, 企业: what a described kind of firm ends in (知名轻食连锁品牌)
    group_legal_forms: tuple[str, ...]  # 股份有限公司, 有限公司 …: the legal form a group's name drops after 集团
    hearsay_words: frozenset[str]  # 据说, 据悉 …: open a clause before a founded subject, no part of its name
    firm_kind_endings: tuple[str, ...]  # 公司, 企业: a word no name opens with ending in one describes a firm (上市公司)
    seat_words: frozenset[str]  # 总部, 位于 …: a firm's seat and its verbs, in a clause of where it is, no name
    object_firm_kinds: frozenset[str]  # 公司, 集团 …: a firm's bare kind after the line of business of what was founded
    country_firm_kinds: frozenset[str]  # 公司, 银行 …: after a country alone, a kind of firm (一家美国公司)
    placed_bank_kinds: frozenset[str]  # 商业银行, 信用社 …: after a place, that place's bank
    founded_object_verbs: frozenset[str]  # 创办, 成立 …: what follows may name the organization founded
    founded_object_verb: re.Pattern[str]  # the same, to find in a sentence
    country_word_rests: frozenset[str]  # 首相, 籍 …: glued after a country in one word
    origin_marks: frozenset[str]  # 籍, 裔, 人: after a country, a person's origin (巴西籍球员), not a team
    clock_words: tuple[str, ...]  # 时间, 标准时间: after a place, a time zone (北京时间), no place
    team_members: frozenset[str]  # 队长, 队员: a team's captain and members (某某队 / 长)
    cue_adverbs: frozenset[str]  # 曾, 先后, 也 …: between a name and what only people do
    name_tails: frozenset[str]  # 是, 说 …: characters that end no name (segmenter_name_tails)
    not_street_words: tuple[str, ...]  # 报道, 频道 …: words ending in a street's suffix that name no street
    place_verbs: frozenset[str]  # 前往, 出生于 …: a transliterated name after one is a place
    departure_verbs: tuple[str, ...]  # 出发, 起飞 …: 从某地起飞 names where one leaves from
    route_joins: frozenset[str]  # 至, 到, dashes: between a route's two ends (海口至莫斯科, 北京—大同)
    held_verbs: frozenset[str]  # 举行, 召开 …: a transliterated name between 在 and one is a place
    before_places: frozenset[str]  # locative and place_verbs: the word before a country, it is a place (kg.extract.attributes)
    attribute_keep_after: frozenset[str]  # 的, 和 …: after a country, it is no attribute of the next word
    attribute_tags: frozenset[str]  # a, m, eng …: besides nouns, the tags of words a country before them modifies
    attribute_regions: frozenset[str]  # asia, europe …: the gazetteer's continents and macro-regions, attributes as countries are
    places_of_people: frozenset[str]  # 家, 身边 …: after a name, make it a person's
    place_kinds: frozenset[str]  # 城市, 小镇 …: what a place is said to be
    person_word_finals: frozenset[str]  # the last characters of the words before a name that only go with people
    place_word_heads: frozenset[str]  # 首都, 省会 …: glued before a known place in one word
    kin_words: frozenset[str]  # the kinship words of the name cues (父亲, 长子 …)
    department_endings: tuple[str, ...]  # 系, 学院, 常委 …: parts of a known organization
    department_lookalikes: tuple[str, ...]  # 俱乐部, 工作室: bodies of their own that end like a department (部, 室)
    school_heads: tuple[str, ...]  # 大学, 学院: what a school's name ends with before its part's
    school_parts: tuple[str, ...]  # 系, 学院, 专业 …: a school's parts (某某大学经济学院)
    registered_headings: tuple[str, ...]  # 公司简介 …: headings glued before a name in directory text
    quoted_name_kinds: tuple[str, ...]  # 书店, 餐厅 …: a kind of body right before a quoted name (连锁书店“某某书屋”)
    company_divisions: frozenset[str]  # 财经, 地产 …: lines of business after a known company
    company_words: tuple[str, ...]  # 公司, 集团: the bare word for a company after a known company's name, the same company
    not_org_endings: tuple[str, ...]  # 专业 …: nt-tagged words that name a field of study
    org_suffix_words: tuple[str, ...]  # every organization suffix, in file order


@dataclass(frozen=True)
class Prefixes:
    """Words to find at an offset of a text, one set lookup per length of word instead of a
    comparison per word (``text.startswith(words, k)`` over a long tuple).

    >>> words = Prefixes.of(("的父亲", "和妻子", "的母亲"))
    >>> words.at("某某的父亲是", 2), words.at("某某的朋友", 2), words.at("的父亲", 9)
    (True, False, False)
    """

    words: frozenset[str]
    lengths: tuple[int, ...]  # the lengths of the words, each once
    empty: bool  # an empty word is among them (it starts at every offset up to the end)
    firsts: frozenset[str]  # the words' first characters: most offsets hold none, one lookup says so

    @classmethod
    def of(cls, words: Sequence[str]) -> Prefixes:
        return cls(frozenset(w for w in words if w), tuple(sorted({len(w) for w in words if w})), "" in words, frozenset(w[0] for w in words if w))

    def at(self, text: str, k: int) -> bool:
        """Whether one of the words starts at ``text[k]``: ``text.startswith(words, k)``."""
        if self.empty and k <= len(text):
            return True
        if text[k : k + 1] not in self.firsts:
            return False  # (no word of any length starts with this character)
        words = self.words
        for n in self.lengths:
            if text[k : k + n] in words:
                return True
        return False


_GRAMMARS: weakref.WeakKeyDictionary[Resources, Grammar] = weakref.WeakKeyDictionary()


_last: tuple[weakref.ref[Resources], Grammar] | None = None  # the grammar asked for last: most calls ask for it again


INSIDE_ONLY = "当"  # transliterates inside a name (亚当斯, 亚当·斯密), but opens none ("when": 当马库斯·…)
_POST_COPULAS = ("是", "为", "系", "乃")  # the copulas before a post someone holds (the verbs of a post are data: post_verbs)


def compiled_grammar(res: Resources) -> Grammar:
    global _last
    if _last is not None and _last[0]() is res:
        return _last[1]
    cached = _GRAMMARS.get(res)
    if cached is None:
        cached = _GRAMMARS[res] = _build_grammar(res)
    _last = (weakref.ref(res), cached)
    return cached


_AMOUNT = r"以\s*(?:约|近|逾|超过)?\s*[0-9０-９.,零〇一二两三四五六七八九十百千万亿]+\s*(?:多|余)?\s*(?:万|亿|万亿)?\s*(?:元|美元|港元|港币|欧元|英镑|日元|人民币)"


def _price_cue(verbs: Sequence[str]) -> re.Pattern[str]:
    """以 and an amount of money, then one of ``verbs`` (以12亿元收购, 以约3000万美元并购): what a
    firm pays for another; or 被, its buyer and (the price and) one of them (被某集团以30亿元收购): a
    firm bought by another. A pattern that matches nothing when no verb is given."""
    if not verbs:
        return re.compile(r"(?!)")
    return re.compile(f"(?:{_AMOUNT}(?:的价格|的对价|现金)?|被[^，,。；;！？]{{2,16}}?(?:{_AMOUNT})?)\\s*(?:{alternation(list(verbs))})")


def _named_body(naming: dict[str, Any]) -> re.Pattern[str]:
    """一家名为X的（初创）公司: a counter, a naming word, the name (quoted or not: a Latin name may
    hold spaces), 的, at most six characters and the kind of body (``body_kinds``)."""
    counters, words, kinds = naming.get("body_counters", ()), naming.get("body_naming", ()), naming.get("body_kinds", {})
    if not (counters and words and kinds):
        return re.compile(r"(?!)")
    name = r"[A-Za-z0-9][A-Za-z0-9&.'’\- ]{0,30}[A-Za-z0-9]|[^\s，,。；;：:！？!?、“”\"「」『』《》（）()的]{2,12}?"
    return re.compile(
        f"(?:{alternation(list(counters))})\\s*(?:{alternation(list(words))})\\s*[“\"「『]?(?P<name>{name})[”\"」』]?\\s*的"
        f"[^\\s，,。；;！？!?的]{{0,6}}?(?P<kind>{alternation(list(kinds))})"
    )


def _described_body(naming: dict[str, Any]) -> re.Pattern[str]:
    """是一家(美国生物技术)公司 right after a name: a copula, a counter of bodies (``body_counters``),
    at most twelve characters of description and the kind of body (``body_kinds``), in one clause."""
    counters, kinds = naming.get("body_counters", ()), naming.get("body_kinds", {})
    if not (counters and kinds):
        return re.compile(r"(?!)")
    return re.compile(f"\\s*(?:是|为|系)(?:{alternation(list(counters))})[^\\s，,。；;！？!?]{{0,12}}?(?P<kind>{alternation(list(kinds))})")


def _openers(regex: re.Pattern[str]) -> frozenset[str]:
    """The characters a match of ``regex`` starts with (kg.extract.anchors.opening_characters), which the
    pattern is written to have: an offset whose character is none of them fails it, with no call of the engine."""
    found = opening_characters(regex)
    if found is None:
        raise ValueError(f"no opening characters can be read off {regex.pattern!r}")
    return found


def alternation(words: Sequence[str]) -> str:
    """A regular-expression alternation of ``words``, longest first (so 董事长 wins over 董事)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def word_trie(words: Sequence[str]) -> str:
    """:func:`alternation` of ``words`` (none empty) with the words grouped by their characters (a
    trie): the same words match, the longer first where several do; the engine tests one branch per
    character where it would test each word in turn (some 600 Japanese family names).

    >>> word_trie(["小泉", "小野寺", "小野", "中山"])
    '(?:小(?:野(?:寺|)|泉)|中山)'
    """

    def branches(tails: list[str]) -> str:
        heads: dict[str, list[str]] = {}
        for tail in tails:  # (in the order of alternation: each group's words longest first, the word that ends here last)
            heads.setdefault(tail[:1], []).append(tail[1:])
        parts = [re.escape(head) + branches(rest) if head else "" for head, rest in heads.items()]
        return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

    return branches(sorted(set(words), key=len, reverse=True))


_IN_A_WORD = "(?-i:[a-z])"  # a lower-case letter, even in a pattern compiled case-blind


def _guarded_alternation(words: Sequence[str]) -> str:
    """:func:`alternation`, where a Latin-letter word is not matched between two lower-case
    letters: the cue vs is no cue inside Machnovskiy, but glued to names it is (MoonvsNada,
    都灵vsac米兰).

    >>> [bool(re.search(_guarded_alternation(["vs", "主场"]), t, re.I)) for t in ("Machnovskiy", "MoonvsNada", "都灵vsac米兰")]
    [False, True, True]
    """
    return "|".join(
        rf"(?:(?<!{_IN_A_WORD}){re.escape(w)}|{re.escape(w)}(?!{_IN_A_WORD}))" if w.isascii() and w.isalpha() else re.escape(w)
        for w in sorted(set(words), key=len, reverse=True)
    )


def _longest_first(words: Sequence[str]) -> list[list[str]]:
    """``words`` one by one, longest first (the order of :func:`alternation`)."""
    return [[w] for w in sorted(set(words), key=len, reverse=True)]


def _case_blind_where_cased(alternatives: Sequence[str]) -> str:
    """An alternation matching what it would compiled case-blind, case-blind only in the
    alternatives with a cased character (vs): the engine then skips to the characters a match may
    start with (compile_led), where the whole pattern compiled case-blind it tries every branch at
    every offset (the match reports' cues, five times as long).

    >>> _case_blind_where_cased(["主场", "vs"])
    '主场|(?i:vs)'
    """
    return "|".join(f"(?i:{a})" if any(c.lower() != c.upper() for c in a) else a for a in alternatives)


def _abbreviation_pattern(abbreviations: dict[str, str]) -> re.Pattern[str]:
    """A country's one-character form alone in brackets ([美], （英）) or before 籍 (美籍)."""
    if not abbreviations:
        return re.compile("(?!)")
    chars = "[" + re.escape("".join(abbreviations)) + "]"
    return re.compile(r"(?<=[\[［【〔（(])" + chars + r"(?=[\]］】〕）)])|" + chars + "(?=籍)")


def _build_grammar(res: Resources) -> Grammar:
    p = res.mention_patterns
    chars = "".join(sorted(res.names.translit_chars))
    cls = f"[{re.escape(chars)}]"
    inner = f"[{re.escape(chars + INSIDE_ONLY)}]"  # what may follow a part's first character (亚当斯)
    # inside a dotted name, also the characters of Uyghur, Kazakh and Arabic names written in Chinese
    # (阿不都拉, 艾合买提, 古尔班江, 布赛义迪): too common elsewhere to take as transliteration without the dot
    dotted_chars = "".join(sorted(set(p["names"].get("dotted_name_chars", ())) - set(chars)))
    dotted_inner = f"[{re.escape(chars + INSIDE_ONLY + dotted_chars)}]"
    dotted_opening = f"[{re.escape(chars + dotted_chars)}]"  # a part after a dot may open with one (·买买提, ·吐尔逊),
    # the first part too when it has three characters or more (买买提·…; not 努力·…, 不·…: a word before the dot),
    # or two when a transliteration character follows it (别克·…)
    dotted_only = f"[{re.escape(dotted_chars)}]" if dotted_chars else "(?!)"
    naming = alternation(p["naming"]["before"])
    first_parts = "".join(f"{re.escape(w)}|" for w in sorted(set(p["names"].get("translit_first_parts", ())), key=len, reverse=True))  # 亚历山大·… (each with its bar)
    roles = tuple(sorted(w for w, kind in res.names.context_before.items() if kind in ("role", "title") and len(w) >= 2))
    orgs: dict[str, str] = p["organization_suffixes"]
    places: dict[str, str] = p["place_suffixes"]
    table = sorted([(s, t, "org") for s, t in orgs.items()] + [(s, t, "place") for s, t in places.items()], key=lambda x: -len(x[0]))
    sports = p["sports"]
    address = p["address"]
    post_verbs = (*_POST_COPULAS, *p["post_verbs"])
    return Grammar(
        # 玛丽·居里; 让-皮埃尔·拉法兰, 阿卜杜拉·本·阿卜杜勒-阿齐兹 (hyphens inside a dotted name);
        # 乔治·W·布什, J·K·罗琳 (Latin initials); 安德烈-舍甫琴科 (a hyphen alone, two characters a side)
        dotted=re.compile(
            rf"(?:(?:{cls}{{1,6}}-)?(?:{first_parts}{cls}{inner}{{0,5}}(?=[·•・‧])|{dotted_opening}{dotted_inner}{{2,5}}(?=[·•・‧])|{dotted_only}{cls}(?=[·•・‧]))|(?<![A-Za-z])[A-Z]\.?(?=[·•・‧]))(?:[·•・‧](?:{dotted_opening}{dotted_inner}{{0,7}}|[A-Z]\.?(?=[·•・‧]))(?:-{cls}{{1,8}})?)+|{cls}{{2,6}}-{cls}{{2,8}}"
        ),
        named=re.compile(rf"(?:{naming})\s?(?P<name>{cls}{{2,5}})(?![\u4e00-\u9fff])|(?:{naming})\s?(?P<short>{cls}{{2,4}})(?=[，,。的是])"),
        translit=res.names.translit_chars,
        surnames=res.names.surnames,
        given_chars=res.names.given_chars,
        context_before=res.names.context_before,
        context_after=res.names.context_after,
        suffix_table=tuple(table),
        suffix_index={entry[0]: entry for entry in reversed(table)},
        suffix_lengths=tuple(sorted({len(x) for x, _, _ in table}, reverse=True)),
        suffix_finals=frozenset(x[-1] for x, _, _ in table),
        suffix_tails=frozenset(x[k:] for x, _, _ in table for k in range(1, len(x))),
        weak=frozenset(p["weak_organization_suffixes"]),
        titles=dict(p["title_to_suffix"]),
        title_bodies=frozenset(p["title_to_suffix"].values()),
        title_body_types=dict(p.get("title_body_types", {})),
        staff_words=frozenset(p.get("staff_words", ())),
        org_pronouns=(org_pronouns := tuple(sorted((w for w, kind in p["pronouns"].items() if kind.startswith("this_")), key=len, reverse=True))),
        org_pronoun_heads=frozenset(w[:k] for w in org_pronouns for k in range(1, len(w))),
        firm_cues_after=tuple(p.get("firm_cues_after", ())),
        firm_price_cue=_price_cue(p.get("firm_cues_after_price", ())),
        named_body=_named_body(p["naming"]),
        described_body=_described_body(p["naming"]),
        named_body_kinds=dict(p["naming"].get("body_kinds", {})),
        given_name_bodies=frozenset(p.get("given_name_bodies", ())),
        bare_bodies=dict(p.get("bare_bodies", {}).get("bodies", {})),
        bare_body_verbs=frozenset(p.get("bare_bodies", {}).get("verbs", ())),
        bare_body_tenses=frozenset(p.get("bare_bodies", {}).get("tenses", ())),
        bare_body_boards=frozenset(p["bare_bodies"]["boards"]),
        body_words=tuple(p["bare_bodies"]["body_words"]),
        body_clause_words=frozenset(p["bare_bodies"]["body_clause_words"]),
        title_ends=frozenset(t[-1] for t in p["title_to_suffix"]),
        not_suffix=frozenset(p["not_suffix_words"]),
        stop_left=frozenset(_STOP_LEFT | set(p["not_name_heads"])),
        executive_titles=frozenset(p["executive_titles"]),
        people_of_bodies=(people_of_bodies := frozenset(p["executive_titles"]) | frozenset(p.get("staff_words", ())) | frozenset(
            w for w, kind in res.names.context_before.items() if kind in ("role", "title") and len(w) >= 2
        )),
        role_after=re.compile(
            f"(?:{alternation(post_verbs)})[^，,。；;！？、\\s]{{0,24}}?(?:{alternation(sorted(people_of_bodies))}"
            f"|(?:的|之)(?:{alternation(sorted(w for w, kind in res.names.context_before.items() if kind == 'kinship'))}))"
        ),
        role_after_openers=frozenset(v[0] for v in post_verbs),
        title_modifiers=frozenset(p["title_modifiers"]),
        title_tenses=frozenset(p["title_tenses"]),
        region_scopes=tuple(p["region_scopes"]),
        appointing_verbs=frozenset(p["appointing_verbs"]),
        appointing_verbs_before_wei=frozenset(p["appointing_verbs_before_wei"]),
        noble=re.compile(alternation([*p["noble"]["after_surname"], *p["noble"]["after_name"], *p["noble"].get("temple_titles", ())])),
        noble_after_surname=frozenset(p["noble"]["after_surname"]),
        fief_ranks=(fief_ranks := tuple(p["noble"].get("fief_ranks", ()))),
        fief_rank_finals=frozenset(w[-1] for w in fief_ranks) if all(fief_ranks) else None,
        fief_rank_before_name=str(p["noble"].get("fief_rank_before_name", "")),
        noble_titled=re.compile(alternation([*p["noble"]["after_surname"], *p["noble"]["after_name"]])),
        noble_after_name=frozenset(p["noble"]["after_name"]),
        noble_office=frozenset(p["noble"]["office_titles"]),
        noble_not_names=frozenset(p["noble"]["not_names"]),
        temple_titles=frozenset(p["noble"].get("temple_titles", ())),
        temple_firsts=frozenset(p["noble"].get("temple_firsts", "")),
        lord=re.compile(
            f"[{p['names'].get('state_names', '')}][{p['noble'].get('posthumous', '')}]{{1,2}}(?:{alternation(p['noble'].get('lord_ranks', ()))})"
            if p["noble"].get("posthumous") and p["noble"].get("lord_ranks") else "(?!)"
        ),
        dynasties=frozenset(p["noble"].get("dynasties", ())),
        nickname_kin=frozenset(p["nicknames"]["kin"]),
        alias_words=tuple(sorted(p["person_aliases"]["words"], key=len, reverse=True)),
        org_alias_words=tuple(sorted(p.get("organization_aliases", {}).get("words", ()), key=len, reverse=True)),
        org_alias_before=re.compile(rf"[，,]\s*(?:{alternation(p.get('organization_aliases', {}).get('between', ())) or '(?!)'})\s*[：:]?\s*[“\"「]?$"),
        org_former_before=re.compile(rf"(?:{alternation(p.get('organization_aliases', {}).get('former', ())) or '(?!)'})[为是]?\s*[“\"「]?$"),
        org_alias_between_words=frozenset(p.get("organization_aliases", {}).get("between", ())),
        alias_between=re.compile(rf"\s*[，,]?\s*(?:{alternation(p['person_aliases']['between'])})\s*"),
        alias_clause=re.compile(
            rf"\s*[，,]?\s*(?:又|亦)?(?P<word>{alternation(p['person_aliases'].get('clause', ())) or '(?!)'})(?:为|是|叫|：|:)?\s*(?P<q>[“\"「])?"
            rf"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{{1,5}}?)(?(q)[”\"」])(?=\s*(?:[，,。；;、（(]|$))"
        ),
        title_endings=tuple(p["person_aliases"].get("title_endings", ())),
        tibetan_part=re.compile(alternation(sorted(res.names.tibetan_parts)) or "(?!)"),
        country_abbreviation=_abbreviation_pattern(p.get("country_abbreviations", {})),
        country_abbreviations=dict(p.get("country_abbreviations", {})),
        person_cues_before=tuple(res.names.context_before),
        person_cues_after=tuple(w for w in res.names.context_after if len(w) >= 2 and not w.startswith("的")),
        nickname_prefixes=tuple(p["nicknames"]["prefixes"]),
        nickname_not_doubled=frozenset(p["nicknames"]["not_doubled"]),
        founded_verb=(founded_verb := compile_led(p["founded_subject"]["verb"])),
        founded_verb_anchors=required_characters(founded_verb),
        founded_generic=frozenset(p["founded_subject"]["generic"]),
        company_kinds=frozenset(p["founded_subject"].get("company_kinds", ())),
        trade_line_people=frozenset(p["trade_line_people"]),
        trade_line_fields=frozenset(p.get("trade_line_fields", ())),
        described_firm_kinds=frozenset(p["described_firm_kinds"]),
        group_legal_forms=tuple(p["group_legal_forms"]),
        hearsay_words=frozenset(p["founded_subject"]["hearsay_words"]),
        firm_kind_endings=tuple(p["founded_subject"]["firm_kind_endings"]),
        seat_words=frozenset(p["founded_subject"]["seat_words"]),
        object_firm_kinds=frozenset(p["founded_subject"]["object_firm_kinds"]),
        country_firm_kinds=frozenset(p["founded_subject"].get("country_firm_kinds", ())),
        placed_bank_kinds=frozenset(p.get("placed_bank_kinds", ())),
        founded_object_verbs=frozenset(p["founded_subject"].get("object_verbs", ())),
        founded_object_verb=re.compile(alternation(p["founded_subject"].get("object_verbs", ())) or "(?!)"),
        registered_endings=tuple(p.get("registered_company_endings", ())),
        registered_stops=frozenset([*p.get("registered_name_stops", ()), *p.get("lawsuit_parties", ())]),
        lawsuit_parties=frozenset(p.get("lawsuit_parties", ())),
        registered_trades=frozenset(p.get("registered_name_verbs", ())),
        body_kinds=frozenset(p.get("body_kinds", ())),
        trade_words=frozenset(p.get("trade_words", ())) | frozenset(p.get("registered_name_verbs", ())),
        firm_lines=frozenset(p.get("trade_words", ())) | frozenset(p.get("business_lines", ())),
        school_fields=frozenset(p.get("school_fields", ())),
        village_ends=frozenset(p.get("village_ends", ())),
        body_fields=frozenset(p.get("body_fields", ())) | frozenset(p.get("trade_words", ())),
        verb_complements=frozenset(p.get("verb_complements", "")),
        firm_forms=tuple(p.get("firm_forms", ())),
        business_lines=frozenset(p.get("business_lines", ())),
        country_word_rests=frozenset(p.get("country_word_rests", ())),
        origin_marks=frozenset(p.get("origin_marks", ())),
        clock_words=tuple(p["clock_words"]),
        team_members=frozenset(sports["team_members"]),
        cue_adverbs=frozenset(p["names"].get("cue_adverbs", ())),
        name_tails=frozenset(p.get("segmenter_name_tails", ())),
        person_word_finals=frozenset(w[-1] for w in res.names.context_before),
        place_word_heads=frozenset(p.get("place_word_heads", ())),
        kin_words=frozenset(w for w, kind in res.names.context_before.items() if kind == "kinship"),
        department_endings=tuple(p.get("department_endings", ())),
        department_lookalikes=tuple(p.get("department_lookalikes", ())),
        school_heads=tuple(p.get("school_heads", ())),
        school_parts=tuple(p.get("school_parts", ())),
        registered_headings=tuple(p.get("registered_name_headings", ())),
        quoted_name_kinds=tuple(p.get("quoted_name_kinds", ())),
        company_divisions=frozenset(p.get("company_divisions", ())),
        company_words=tuple(p["company_words"]),
        not_org_endings=tuple(p.get("pos_not_organization_endings", ())),
        org_suffix_words=tuple(orgs),
        pos_stop=frozenset(p["pos_not_entities"]) | frozenset(p["not_suffix_words"]) | frozenset(p.get("placed_bank_kinds", ())),
        name_stop=frozenset(p["names"]["boundary_chars"]),
        source_closers=Prefixes.of(tuple(p["names"].get("source_closers", ()))),
        not_person=frozenset(p["names"]["not_person"]),
        not_final=frozenset(p["names"]["not_final_chars"]),
        village_endings=frozenset(p["names"]["village_endings"]),
        name_final=frozenset(p["names"]["final_function_chars"]),
        final_before_copula=frozenset(p["names"].get("final_before_copula", [])),
        state_names=frozenset(p["names"].get("state_names", "")),
        date_unit_finals=frozenset(p["names"].get("date_unit_finals", [])),
        sexagenary=frozenset(a + b for a in p["names"].get("sexagenary_stems", "") for b in p["names"].get("sexagenary_branches", "")),
        never_final=frozenset(p["names"].get("never_final_chars", ())),
        two_people_after=tuple(p["names"].get("two_people_after", ())),
        verbs_after_names=frozenset(p["names"].get("verbs_after_names", ())),
        former_marks=frozenset(p["names"].get("former_marks", ())),
        since_marks=frozenset(p["names"].get("since_marks", ())),
        post_ren_verbs=frozenset(p["names"]["post_ren_verbs"]),
        heirs=tuple(p["names"]["heirs"]),
        people_describers=frozenset(p["names"]["people_describers"]),
        forms_of_address=frozenset(p["names"]["forms_of_address"]),
        clan_words=tuple(p["names"].get("clan_words", ())),
        located_after=(located_after := re.compile(f"(?:就|也|则|还|正|便)?(?:{alternation(p['names']['located_verbs'])})")),
        located_after_openers=_openers(located_after),
        has_children=(has_children := re.compile(
            f"(?:(?:共|一共|膝下)?(?:有|育有|生有|养有)|的)(?:[一二两三四五六七八九十]+(?:个|位|名)?(?:{alternation(p['names']['counted_children'])}))"
        )),
        has_children_openers=_openers(has_children),
        pseudonym=(pseudonym := re.compile(rf"[（(]\s*(?:{alternation(p['names']['pseudonym_notes'])}|字[^，,）)]|号[^，,）)])")),
        pseudonym_openers=_openers(pseudonym),
        speech_to_press=re.compile(rf"对(?:本报|本刊|本台|本网|[^\W\d_]{{2,4}}社)?(?:记者|媒体)(?:{alternation(p['names']['press_speech_verbs'])})"),
        founding_verbs=tuple(p["names"]["founding_verbs"]),
        marriage_after=re.compile(rf"[和与][^，,。；;！？]{{1,10}}?(?:{alternation(p['names']['marriage_verbs'])})"),
        org_heads=frozenset(p.get("organization_heads", ())),
        charter_heads=tuple(p.get("charter_heads", ())),
        name_inner_words=frozenset(p.get("name_inner_words", ())),
        person_roles=roles,
        described_as_person=re.compile(
            f"\\s*(?:也|则|曾|现|正|曾经|一直)?是\\s*[^，,。；;！？!?]{{0,16}}?(?:{alternation([r for r in roles if r not in p['held_by_bodies_too']])})"
            "(?=\\s*(?:[，,。；;！？!?、和与及兼]|$))"
        ),
        # 某某，男，…; 某某（1920年—; and 某某，加拿大女演员、歌手，…: after the comma, a description
        # that ends in an occupation or a title (person_context.txt), a few characters at most; the
        # name's Latin spelling in brackets may come first (某某（Name），西班牙足球运动员)
        bio_after=(bio_after := compile_led(  # (asked at the end of every name candidate: most fail at the lookahead)
            f"(?:{p['bio']['after_name']})|(?:[（(][^（()）\\u4e00-\\u9fff，,]{{1,40}}[)）])?"
            f"[，,]\\s*[^，,。；;、\\s]{{0,{p['bio']['described_within']}}}?(?:{alternation(roles)})(?=[，,。；;、]|$)"
        )),
        bio_after_openers=opening_characters(bio_after),
        bio_headings=tuple(p["bio"].get("headings", ())),
        schooling_levels=frozenset(p["schooling"]["levels"]),
        study_verbs=tuple(p["schooling"]["verbs"]),
        degree_levels=frozenset(p["schooling"]["degree_levels"]),
        field_name=re.compile(
            rf"(?:{alternation(p['fields']['person_labels'])})\s*[：:]\s*"
            rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?(?:[·•・‧][\u4e00-\u9fff]{{1,8}}?){{0,3}})"
            rf"(?=\s|$|[，,。；;/|（(、]|{alternation(p['fields']['next_labels'])})"
        ),
        field_org=re.compile(
            rf"(?:{alternation(p['fields'].get('org_labels', ()))})\s*[：:\s]\s*(?P<name>[^\s：:；;，,。、（(｜|]{{2,20}}?)"
            rf"(?=\s|$|[，,。；;、（(｜|]|{alternation(p['fields'].get('org_fields', ()))})"  # (its other name in parentheses after it is a pair of its own)
        ) if p["fields"].get("org_labels") else re.compile("(?!)"),
        org_box=re.compile(alternation(p["fields"].get("org_fields", ())) or "(?!)"),
        box_headings=tuple(p["fields"].get("box_headings", ())),
        name_openers=frozenset(p.get("name_openers", ())),
        time_after_names=frozenset(p["names"].get("time_after_names", ())),
        org_box_title=re.compile(
            rf"(?:(?P<ranked>{'|'.join(p['fields'].get('title_marks', ()))})\s*[：:]?\s*|^\s*(?:【[^】]{{1,10}}】\s*)?)"
            rf"(?P<name>[\u4e00-\u9fff]{{2,10}}?)(?P<alias>\s*[（(][A-Za-z][^（()）]{{0,30}}[)）]|\s*[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*(?=\s)|(?=[ \t　]{{2,}}|\s*[|｜]|[ \t　](?:{alternation([f for f in p['fields'].get('org_fields', ()) if f not in p['fields']['holder_fields']]) or '(?!)'})\s*[：:]))"
        ) if p["fields"].get("title_marks") else re.compile("(?!)"),
        after_de_at=Prefixes.of(sorted(w for w in res.names.context_after if w[0] in _PHRASE_HEADS and len(w) > 1)),
        counted_kin_after=re.compile(
            r"的(?:第?[一二三四五六七八九十两\d]{1,2}个|[长次幼])"
            + f"(?:{alternation(sorted({w[1:] for w, kind in res.names.context_after.items() if w[0] == '的' and kind == 'kinship' and len(w) > 2}, key=len, reverse=True)) or '(?!)'})"
        ),
        not_person_before=frozenset(p["names"]["not_person_before"]),
        # a match report: a cue word or pattern, or a league (意甲选择的是某某和某某)
        sports=compile_led(_case_blind_where_cased([*map(_guarded_alternation, _longest_first(sports["cues"])), *sports["cue_patterns"], _league(sports)])),
        player_before=frozenset(sports["player_before"]),
        country_players=frozenset(sports["country_players"]),
        player_sports=frozenset(sports.get("player_sports", ())),
        player_after=frozenset(sports["player_after"]),
        player_adverbs=frozenset(sports.get("player_adverbs", [])),
        role_verbs=frozenset(sports.get("role_verbs", [])),
        player_clause=frozenset(sports.get("player_clause", [])),
        player_helps=frozenset(sports.get("player_helps", [])),
        league=re.compile(_league(sports)),
        versus=re.compile(rf"\s*(?:{_guarded_alternation(_VERSUS_WORDS)}|v\.s\.|对阵)\s*"),
        versus_marks=re.compile(f"[{''.join(sorted({w[0] for w in (*_VERSUS_WORDS, 'v.s.', '对阵')}))}]"),
        team_suffixes=frozenset(sports["team_suffixes"]),
        team_qualifiers=frozenset(sports.get("team_qualifiers", [])),
        locative=frozenset(address["locative"]),
        route=compile_led(rf"[{address['route_abbreviations']}]{{2}}(?:{alternation(address['route_kinds'])})|{address['ring_roads']}"),
        place_tail=tuple(sorted(address["place_tail"], key=len, reverse=True)),
        place_tail_words=frozenset(address["place_tail"]),
        admin_tail=tuple(sorted(address["administrative_tail"], key=len, reverse=True)),
        address_tail=tuple(sorted(address["street_tail"], key=len, reverse=True)),
        address_label=re.compile(rf"(?:{alternation(address.get('address_labels', ()))})[：:]\s*") if address.get("address_labels") else None,
        tail_finals=frozenset(w[-1] for w in (*address["place_tail"], *address["street_tail"])),
        not_street_words=tuple(address.get("not_street_words", ())),
        place_verbs=frozenset(address.get("place_verbs", ())),
        departure_verbs=tuple(address["departure_verbs"]),
        route_joins=frozenset(address["route_joins"]),
        held_verbs=frozenset(address.get("held_verbs", ())),
        before_places=frozenset({*address["locative"], *address.get("place_verbs", ())}),
        attribute_keep_after=frozenset(p["attributes"]["keep_after"]),
        attribute_tags=frozenset(p["attributes"]["tags"]),
        attribute_regions=frozenset(p["attributes"].get("regions", ())),
        places_of_people=frozenset(address.get("places_of_people", ())),
        place_kinds=frozenset(address.get("place_kinds", ())),
        number_unit=re.compile(address["number_unit"]),
        counters=frozenset(address.get("counters", [])),
        directions=frozenset(address["directions"]),
        birth_before=re.compile(rf"(?:{alternation(p['birthplaces']['birth_verbs'])})\s*$" if p.get("birthplaces") else "(?!)"),
        departments=frozenset(p["departments"]),
        boards=frozenset(p["boards"]),
        board_posts=frozenset(p["board_posts"]),
        post_marks=frozenset(p["post_marks"]),
        school_endings=frozenset(p["school_endings"]),
        school_head_titles=frozenset(p["school_head_titles"]),
        kinded_bodies=frozenset(p["kinded_bodies"]),
        committee_seats=frozenset(p["committee_seats"]),
        naming_endings=frozenset(p["naming_endings"]),
        naming_endings_sorted=tuple(sorted(p["naming_endings"])),
        registered_name_post_endings=tuple(p["registered_name_post_endings"]),
        graduating=frozenset(p["schooling"]["graduating"]),
        graduated_schools=tuple(p["schooling"]["graduated_schools"]),
        graduated_school_firsts=frozenset(k[0] for k in p["schooling"]["graduated_schools"]),
        station_namesakes=tuple(address["station_namesakes"]),
        acting_places=tuple(address["acting_places"]),
        street_words=frozenset(address["street_words"]),
        street_endings=tuple(address["street_endings"]),
        team_before=frozenset(sports["team_before"]),
        team_after=frozenset(sports["team_after"]),
        team_name_endings=frozenset(sports.get("team_name_endings", ())),
        not_team=frozenset(sports["not_team"]),
        place_label=re.compile(rf"(?:{alternation(sports['place_labels'])})\s*[：:]\s*$"),
        glued=frozenset(p["glued_prepositions"]),
        glued_first=frozenset(p["glued_prepositions"]) | frozenset(p.get("glued_copulas", ())),
        post_verbs_glued=frozenset(p.get("post_verbs_glued", ())),
        org_suffixes=tuple(x for x in orgs if len(x) >= 2),
        org_suffix_set=frozenset(x for x in orgs if len(x) >= 2),
        branches=frozenset(p["branches"]),
        sub_organizations=frozenset(p["sub_organizations"]),
        body_suffixes=frozenset(p["government_body_suffixes"]),
        ministry_endings=tuple(p["ministry_endings"]),
        stationed_office=re.compile(rf"驻[^\W\d_的了在是，,]{{1,8}}?(?:{alternation(p['offices_abroad'])})"),
        strong_place=frozenset(address["strong_place_suffixes"]),
        made_up_place=frozenset(address.get("made_up_place_suffixes", ())),
        straddled_verbs=re.compile(alternation(p.get("straddled_verbs", ())) or "(?!)"),
        media_suffixes=tuple(p["media_suffixes"]),
        competition_suffixes=tuple(sports["competition_suffixes"]),
        latin_not_names=frozenset(p["latin"]["not_names"]),
        admin_bodies=frozenset(p["admin_bodies"]["words"]),
        committees=frozenset(p["admin_bodies"].get("committees", ())),
        committee_post_words=tuple(p["admin_bodies"].get("committee_posts", ())),
        admin_body_endings=tuple(p["admin_bodies"]["nt_endings"]),
        latin_followed_by=tuple(sorted(p["latin"]["followed_by"].items(), key=lambda kv: -len(kv[0]))),
        latin_legal_forms=tuple(sorted({*p.get("registered_company_endings", ()), *p["latin"].get("legal_forms", ())}, key=lambda f: (-len(f), f))),
        latin_organization_before=tuple(sorted({**p["latin"]["organization_before"], **p["latin"].get("organization_after_verbs", {})}.items(), key=lambda kv: -len(kv[0]))),
        organization_heads_before=tuple(sorted(p["latin"]["organization_before"].items(), key=lambda kv: -len(kv[0]))),
        latin_organization_last=dict(p["latin"].get("organization_last_words", {})),
        latin_organization_first=dict(p["latin"].get("organization_first_words", {})),
        latin_organization_before_one_word=tuple(sorted(p["latin"].get("organization_before_one_word", {}).items(), key=lambda kv: -len(kv[0]))),
        made_by=tuple(p["made_by"]["before"]),
        made_by_word=re.compile(alternation(p["made_by"]["before"])),
        made_verbs=tuple(p["made_by"]["verbs"]),
        made_adverbs=frozenset(p["made_by"]["adverbs"]),
        japanese_family=re.compile(word_trie(sorted(res.names.japanese_surnames)) if res.names.japanese_surnames else "(?!)"),
        surname_start=re.compile(f"[{re.escape(''.join(sorted({name[0] for name in res.names.surnames})))}]" if res.names.surnames else "(?!)"),
        place_words=frozenset(address["place_tail"]) | frozenset(address["street_tail"]) | frozenset(address["after_name"]),
    )


_VERSUS_WORDS = ("vs", "VS", "Vs", "PK", "pk")  # the Latin words of "X vs Y" (and v.s., 对阵)


def _league(sports: dict[str, Any]) -> str:
    """A national league (英超, 西甲; 西甲联赛 with its word for a league)."""
    return rf"[{sports['league_places']}][{sports['league_tiers']}](?:联赛)?"


_last_sports: tuple[str, int, int, Grammar, bool] | None = None  # two readers of a sentence ask in turn


def known_type(word: str, res: Resources) -> str | None:
    """The gazetteer's type of ``word`` (Country, City, Company …), None for a word it lacks."""
    entry = res.gazetteer.lookup(word)
    return res.gazetteer.entries[entry].type if entry is not None else None


def made_up_word(word: str, res: Resources) -> bool:
    """Two characters the segmenter put together itself (帆达/v, 泰佳/z, 嘉天/t): its guess at a word
    its dictionary lacks, whatever it tags it; the shape of a name coined for a firm or a place."""
    return len(word) == 2 and all(is_cjk(c) for c in word) and not res.segmenter.knows(word)


def glued_to_made_up_word(word: str, g: Grammar, res: Resources) -> bool:
    """A function character the segmenter glued before such a word (从泰海/ns, 是祥鼎/ng): three
    characters it does not know as one word either (以色列 it does)."""
    return len(word) == 3 and word[0] in g.glued_first and made_up_word(word[1:], res) and not res.segmenter.knows(word)


def glued_to_preposition(word: str, res: Resources) -> bool:
    """Such a word made of a name's last character and a preposition after it (梁琼 / 文至/p 台北,
    赵国 / 华至/ns 深圳): the name ends before the preposition, and the word is no place."""
    return made_up_word(word, res) and res.segmenter.word_tag(word[1]) == _PREPOSITION_TAG


_PREPOSITION_TAG = "p"  # the dictionary's tag of a preposition (至, 于)


def is_sports(text: str, start: int, end: int, res: Resources) -> bool:
    """Whether a sentence talks about matches (teams are then named by city or club name)."""
    global _last_sports
    g = compiled_grammar(res)
    last = _last_sports
    if last is not None and last[0] is text and last[1] == start and last[2] == end and last[3] is g:
        return last[4]
    found = g.sports.search(text, start, end) is not None
    _last_sports = (text, start, end, g, found)
    return found



def suffix_of(word: str, g: Grammar, min_length: int = 1, kind: str = "") -> tuple[str, str, str] | None:
    """The longest suffix of the grammar that ends word (a dictionary lookup per length)."""
    if word[-1:] not in g.suffix_finals:
        return None  # most words end in no suffix's last character
    for length in g.suffix_lengths:
        if length < min_length:
            break
        if length <= len(word):
            entry = g.suffix_index.get(word[-length:])
            if entry is not None and (not kind or entry[2] == kind) and not (length >= 2 and _ends_a_longer_suffix(word[: len(word) - length + 1], g)):
                return entry
    return None


def _ends_a_longer_suffix(head: str, g: Grammar) -> bool:
    """``head`` (a word up to the first character of a suffix found after it) ends in a suffix of
    three characters or more: that character is its last (俱乐部 / 队, not 俱乐 / 部队)."""
    return any(n <= len(head) and head[-n:] in g.suffix_index for n in g.suffix_lengths if n >= 3)


def event_at(text: str, k: int, context_after: Mapping[str, str]) -> bool:
    """What only people do (a person_context.txt word of kind event, two or three characters: 出生于, 毕业于) starts at
    text[k], however the segmenter cut it (出/v 生于)."""
    return "event" in (context_after.get(text[k : k + 2]), context_after.get(text[k : k + 3]))


_VERB_OBJECT_MARKS = ("的", "了")  # after a verb: what it does to the noun after (控股的公司, 控股了某公司)


def firm_form_verb(text: str, word: Token, g: Grammar) -> bool:
    """A company's form the segmenter reads as a verb (控股/v: controls) with the particle of its object after it (某某 /
    控股 / 的 / 某公司): the verb of whoever is named before, no ending of a firm's name."""
    return word.pos == "v" and word.text in g.firm_forms and text.startswith(_VERB_OBJECT_MARKS, word.end)


def word_for_people_ends_at(text: str, k: int, context_before: Mapping[str, str], shortest: int, longest: int, start: int = 0) -> bool:
    """A word for people by what they do (a role or title of person_context.txt: 作家, 首席执行官) of ``shortest`` to
    ``longest`` characters, none before ``start``, ends at text[k]."""
    return any(context_before.get(text[k - n : k]) in ROLE_WORD_KINDS for n in range(shortest, min(longest, k - start) + 1))


def names_a_thing(word: str, g: Grammar) -> bool:
    """A word that ends the name of an organization or a place (中心, 村, 美术馆, 公司)."""
    if word in g.not_suffix:
        return False
    return suffix_of(word, g, min_length=2) is not None or word in g.place_words



CONJUNCTIONS = frozenset({"和", "及", "与"})
LIST_JOINERS = CONJUNCTIONS | {"、"}  # what joins the items of a list of names or places
