"""Mention grammars: each rule on sentences of its own, the span invariant and the overlap policy.

Every sentence here is written for these tests (other people, places and organizations than any
evaluation data), so the rules are checked as grammar, not as remembered strings.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.grammar import compiled_grammar, is_sports
from kg.extract.mentions import select_mentions
from kg.model import Mention
from kg.resources import Resources
from kg.text import read_document

from .conftest import SAMPLE, TEXTS


def _mentions(res: Resources, text: str) -> set[tuple[str, str]]:
    x = extract(read_document("t", text=text), res)
    return {(m.text, m.top) for m in x.mentions if m.source not in ("pronoun", "time")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese names: surname + given-name statistics, word edges, context words
        ("记者孙晓琳报道，市民反映情况属实。", ("孙晓琳", "Person")),
        ("店经理周卫东指着桌椅说，这批货卖得很好。", ("周卫东", "Person")),  # 周 / 卫东: split by jieba
        ("王立新说秦皇岛的天气很冷。", ("王立新", "Person")),
        ("张一鸣1983年出生。", ("张一鸣", "Person")),
        ("那年陈日华结婚了，婚礼很简单。", ("陈日华", "Person")),
        ("郦跻伟估计，今年的销量会增长。", ("郦跻伟", "Person")),  # a rare surname, one unusual character: just enough
        ("将军王通之女王慧嫁给了陈刚。", ("王慧", "Person")),  # 之女 + a name the segmenter glued (女王 / 慧)
        ("陆璆（qiú）（1123年—1180年），南宋诗人。", ("陆璆", "Person")),  # a biography's opening, the reading first
        ("郑旸（yáng）（812年—870年），唐代官员。", ("郑旸", "Person")),  # a three-digit year
        ("董事长杨柳坪收到中国证券监督管理委员会的通知。", ("杨柳坪", "Person")),
        ("钱建平刚满六十岁就退休了。", ("钱建平", "Person")),
        ("吴伟国生于上海，其父吴建中为著名翻译家。", ("吴建中", "Person")),  # 中 ends the given name before a copula
        ("周启明，清代学者，其父周铭、其弟周览皆有文名。", ("周览", "Person")),  # 其 / 弟: a kin word the segmenter cuts from 其
        ("陈晓东出身农家，其兄陈昂早年经商。", ("陈昂", "Person")),
        ("2010年，60岁的周启航与31岁的翁岚在厦门登记结婚。", ("翁岚", "Person")),  # an age before the name (28岁的)
        ("她1950年赴美国深造，师从费曼。", ("费曼", "Person")),  # a teacher after 师从, two characters transliterated
        ("市教育局局长邢会满出席了开学典礼。", ("邢会满", "Person")),  # 会 opens a given name after a post (满 a given name's)
        ("费尔南多·席尔维拉是一名后卫。", ("费尔南多·席尔维拉", "Person")),  # 席 transliterates (席尔瓦, 席勒): one dotted name
        ("多明戈·罗德里格斯是乌拉圭籍球员。", ("乌拉圭", "Place")),  # a player's origin (籍, 裔, 人), not a team, in a match report too
        ("飞驰快递集团的总部设在郑州。", ("飞驰快递集团", "Organization")),  # a verb opening the name before a line of business (飞驰/v 快递)
        ("她于1985年在大阪创立了Kitano Denki株式会社。", ("Kitano Denki株式会社", "Organization")),  # a legal form after a Latin name
        ("白德海育有两子，分别是白立新和白立明。", ("白立新", "Person")),  # siblings' names: a surname and a generation character
        ("演员山田美和与丈夫小林拓也育有两个女儿。", ("小林拓也", "Person")),  # a Japanese name, 育 of 育有 glued to it (拓也育/vg)
        ("中芯国际首席执行官赵海军表示，新产线已投产。", ("赵海军", "Person")),  # a post, then a name ending in 海军: no navy
        ("法院审理了原告苏甜诉被告金桥物业管理有限公司物业服务合同纠纷一案。", ("金桥物业管理有限公司", "Organization")),  # the parties of a suit
        ("法院审理了原告苏甜诉被告金桥物业管理有限公司物业服务合同纠纷一案。", ("苏甜", "Person")),  # 诉 ends the plaintiff's name
        ("来自河南省的农民工郝大山在北京打工已经十五年。", ("郝大山", "Person")),  # a word for people before a name ending in 山
        ("奥地利总理朔贝尔会见了来访的代表团。", ("朔贝尔", "Person")),  # 朔 transliterates (朔尔茨)
        ("俱乐部的外援Darius Cole已返回美国休养。", ("Darius Cole", "Person")),  # a Latin given name
        ("他在波士顿创办了Miller & Sons Bakery。", ("Miller & Sons Bakery", "Organization")),  # & Sons: a firm, not two names
        ("该公司由退伍军人姜建军于2009年创办。", ("姜建军", "Person")),  # a word for people before the name (退伍军人, 厨师, 创业者)
        ("她嫁给商人罗家俊，婚后育有一女。", ("罗家俊", "Person")),  # 家 opens a given name before its character and a pause
        ("罗明远是周家豪与陈美玲的长子。", ("周家豪", "Person")),  # … and a conjunction (周家/n 豪)
        ("陈家明在宁波出生。", ("陈家明", "Person")),  # … and 在
        ("演员王家豪出席了活动。", ("王家豪", "Person")),  # … or after a word that names a person
        ("林琰那时已经很出名了。", ("林琰", "Person")),  # a character seldom anything but a name's (given_name_chars.txt)
        ("周弼晚年隐居乡间。", ("周弼", "Person")),  # one the segmenter's dictionary finds mostly in given names
        ("林婉清生了周小川。", ("林婉清", "Person")),  # 林婉清生/nr 了: the verb of bearing glued to the mother's name
        ("她嫁给罗志坚后很少拍戏。", ("罗志坚", "Person")),  # 罗志/nr 坚后/a: the name's last character glued to 后
        ("恩里克斯在马赛开了一家画廊。", ("恩里克斯", "Person")),  # 恩里克/nrt 斯在/p: … or to 在
        ("莫拉莱斯于1990年移居马赛。", ("莫拉莱斯", "Person")),  # 莫拉莱/nr 斯于/p: … or to 于
        ("蔡晓琳与罗志坚官宣结婚。", ("罗志坚", "Person")),  # 官宣, a verb added to the segmenter's dictionary (no 坚官 / 宣)
        ("退休教师郑千一找到了校长。", ("郑千一", "Person")),  # a numeral opening the given name after such a word
        ("汉王的王后田雉在汉王死后掌握大权。", ("田雉", "Person")),  # a consort's title (王后, 皇后) before the name
        ("费岩所写的文章至今仍有影响。", ("费岩", "Person")),  # 所写, 所著 …: written by someone (a weak surname, 费)
        ("石岚的画作以色彩浓烈著称。", ("石岚", "Person")),  # 的画作, 的诗作: a person's works  # an age right after a name (刚满, 现年, 时年 …)
        ("他的父亲是孙中明。", ("孙中明", "Person")),  # a kin word and a copula before the name
        ("他的父亲郑远山是一名医生。", ("郑远山", "Person")),  # after a kin word, no mountain
        ("她的丈夫为任远志。", ("任远志", "Person")),  # 为任/v: the copula glued to the surname
        ("浦建华，苏州华星动力系统股份有限公司董事长。", ("浦建华", "Person")),  # a biography opening with a post
        # 某某，男，…: a biography that gives the sex names a person, whatever the characters
        ("人物简介钱惊雷，男，1960年出生于上海。", ("钱惊雷", "Person")),  # after a heading
        ("韦如垠，男，汉族，1953年3月出生。", ("韦如垠", "Person")),  # an unusual character
        ("骈晓，女，1970年生。", ("骈晓", "Person")),  # a surname missing from the list
        ("周庆节，男，南京大学学士。", ("周庆节", "Person")),  # 节, which ends festivals
        ("他宣布了和陈若萍在一起的消息。", ("陈若萍", "Person")),  # 若: a function character that begins given names
        ("王可欣昨天到了北京。", ("王可欣", "Person")),
        ("她终于嫁给了郑展超。", ("郑展超", "Person")),  # 嫁给 / 了: a cue across the segmenter's words
        ("东汉开国元勋、安乡侯邓昭之子。", ("邓昭", "Person")),  # 安乡侯: a title's 侯 is no surname here
        ("云帆易造科技发展有限公司于2016年5月在金山区市场监管局登记成立。", ("云帆易造科技发展有限公司", "Organization")),  # 云帆易造/v opens it
        ("浙江大学作物遗传育种研究所于2005年成立。", ("浙江大学作物遗传育种研究所", "Organization")),  # a known body heads it, verbs inside
        ("嘉兴市青年联合会成立于1990年。", ("嘉兴市青年联合会", "Organization")),  # 青年/t: a noun inside names
        ("他加入了XYZ电竞俱乐部。", ("XYZ电竞俱乐部", "Organization")),  # 电竞/vg: a noun inside names
        ("2001年，他在杭州创办了华星照明。", ("华星照明", "Organization")),  # what someone founded: a name and a trade
        ("星河科技总部设在杭州。", ("星河科技", "Organization")),  # only organizations have a headquarters
        ("会上，SOHO中国董事长王强致辞。", ("SOHO中国", "Organization")),  # a Latin word opens the name before a title
        ("会上，今源集团董事长王明讲话。", ("今源集团", "Organization")),  # 今/tg 源/ng: morphemes the segmenter leaves alone
        ("星河地产市场研究部主任陈海涛表示。", ("星河地产", "Organization")),  # a department between the name and the title
        ("星河地产常务副总王立刚表示。", ("星河地产", "Organization")),  # 副总
        ("据星河银行相关负责人介绍，利率不变。", ("星河银行", "Organization")),  # someone who speaks for it
        ("星河集团的董事长是周明。", ("星河集团", "Organization")),  # 的 between the name and the title
        ("成立于1998年的星河科技是一家软件企业。", ("星河科技", "Organization")),  # after a founding date's relative clause
        ("浙江东方书画艺术研究院于2009年正式成立。", ("浙江东方书画艺术研究院", "Organization")),  # 东方/s: a place word inside
        ("他后来在北京有色金属研究总院工作。", ("北京有色金属研究总院", "Organization")),  # 研究总院, 工程院, 科学院: a body's endings
        ("她现为江西省农业科学院研究员。", ("江西省农业科学院", "Organization")),
        ("他曾在微软欧洲工程院工作。", ("微软欧洲工程院", "Organization")),  # 微软/a: a known company opens the name, whatever its tag
        ("在昨晚结束的CBA常规赛中，广东宏远队主场获胜。", ("CBA", "Organization")),  # a professional league the gazetteer knows
        ("中科院孵化的初创企业寒武纪科技已经上市。", ("寒武纪科技", "Organization")),  # 企业 before a known company: its kind, no part of it
        ("星河科技的员工都很年轻。", ("星河科技", "Organization")),  # what only a firm has, after 的 (的员工, 的总部)
        ("西北工业大学退休教授钟允恭同志因病逝世。", ("钟允恭", "Person")),  # 钟允/nr 恭/ag 同志: cut short before a form of address
        ("她在上海儿童医学中心接受了手术。", ("上海儿童医学中心", "Organization")),  # 医学中心: a body, no place
        ("校长林永时目前在北京。", ("林永时", "Person")),  # 林永时/nr 目前/t: a word of time after the name word, 时 ends the name
        ("周明先后就读于杭州二中和浙江大学。", ("杭州二中", "Organization")),  # a numbered middle school after its city
        ("周明是星河科技的创始人之一。", ("星河科技", "Organization")),  # what someone founded, after a copula
        ("星河科技于1998年在杭州成立。", ("星河科技", "Organization")),  # the date before the founding verb
        ("法定代表人：张伟成立时间：2004年", ("张伟", "Person")),  # a fact box's value before another label stays a person
        ("金星达创立于2008年，专注于海外市场。", ("金星达", "Organization")),  # 金星/nz 达/v: one verb character ends it
        ("总部设在杭州的星河科技成立于1998年。", ("星河科技", "Organization")),  # after a place and 的
        ("周明一手创办的星河科技已经上市。", ("星河科技", "Organization")),  # after a founding verb's relative clause
        ("新成立的星河银行正式开业。", ("星河银行", "Organization")),
        ("作为星河科技的创始人，周明非常低调。", ("星河科技", "Organization")),  # 作为 opens no name
        ("让·杜邦是法国星辰马戏团的创始人。", ("星辰马戏团", "Organization")),  # a known country before it stays apart
        ("周明，星河集团创始人、董事长。", ("星河集团", "Organization")),  # a common word names it when its head is named
        ("会上，浙江书画策划院执行院长王明讲话。", ("浙江书画策划院", "Organization")),  # 院 / 执行 / 院长: its head's title
        ("限行区域为北京大道、瑞祥大街、东风路围合区域。", ("瑞祥大街", "Place")),  # 瑞祥/nr: a street in a list of streets
        ("凤凰古城内的客栈很多。", ("凤凰古城", "Place")),  # an old town named by its place
        ("上周他们在主场以3比0轻取挪威。", ("挪威", "Organization")),  # a country beaten in a match report: its team
        ("星河集团原董事长周明因病去世。", ("星河集团", "Organization")),
        ("周明现任星河集团党委书记、董事长。", ("星河集团", "Organization")),
        ("让·杜邦是法国星辰马戏团的创始人。", ("法国", "Place")),
        ("周明于2010年当选为星河集团董事长。", ("星河集团", "Organization")),  # a verb of appointment before the title
        ("周明现为星河集团董事局主席。", ("星河集团", "Organization")),
        ("星河大学现任校长是周明教授。", ("星河大学", "Organization")),  # a school before its head's title
        ("星河大学第三任校长周明。", ("星河大学", "Organization")),
        ("星河大学老校长周明逝世。", ("星河大学", "Organization")),
        ("周明随后担任星河传媒总经理一职。", ("星河传媒", "Organization")),
        ("周明先后就读于杭州二中和浙江大学。", ("周明", "Person")),  # 先后 after a name: no 周明先
        ("周明早年留学美国。", ("周明", "Person")),  # 周/nr 明早/t 年: a word of years after the name
        ("歌曲《远方》作曲:卞留念作词:方文山", ("卞留念", "Person")),  # a song's credits: people, label after label
        ("编剧：邹静之 导演：张黎", ("邹静之", "Person")),
        ("主演：巩俐、黄渤", ("巩俐", "Person")),  # a film's cast, listed
        ("林芳育有一子。", ("林芳", "Person")),  # 林芳育/nr 有: the verb after it, glued on
        ("会上，日本横滨海上保安部发表了声明。", ("日本横滨海上保安部", "Organization")),  # 海上/s
        ("创立于1958年的华光照明是一家上市企业。", ("华光照明", "Organization")),
        ("华星地产设计总监王强表示。", ("华星地产", "Organization")),  # 设计: the function the title heads
        ("1996年，林芳与丈夫创办广东华普照明。", ("华普照明", "Organization")),  # the place stays a mention of its own
        ("湖南大学法学院青年法学研究中心成立于2008年。", ("湖南大学法学院青年法学研究中心", "Organization")),  # only people marry (结婚, 育有, 病逝 …)
        ("周婷婷毕业于南开大学。", ("周婷婷", "Person")),  # a doubled given-name character  # 一 is a name character, not a numeral here
        ("孙伟于上周访问了法国。", ("孙伟", "Person")),  # 孙伟于/nr: a preposition glued on by jieba
        ("张明远上周访问了法国。", ("张明远", "Person")),  # 张 / 明远: the given name is also a word
        # transliterated names: dot, hyphen, none
        ("前锋安德烈-舍甫琴科破门。", ("安德烈-舍甫琴科", "Person")),
        ("玛丽·居里两次获得诺贝尔奖。", ("玛丽·居里", "Person")),
        ("约翰·麦加里，1979年出生于格拉斯哥。", ("约翰·麦加里", "Person")),  # 里 before a pause ends the name
        ("维克多高夫斯基，乌克兰足球运动员。", ("维克多高夫斯基", "Person")),  # 维克多/nrt 高/a 夫斯基/nrt: one name
        ("萨拉高斯汀，加拿大歌手。", ("萨拉高斯汀", "Person")),
        ("让-皮埃尔·拉法兰访问了北京。", ("让-皮埃尔·拉法兰", "Person")),  # hyphens inside a dotted name
        ("阿卜杜拉·本·阿卜杜勒-阿齐兹国王出席。", ("阿卜杜拉·本·阿卜杜勒-阿齐兹", "Person")),
        ("他和乔治·W·布什见面。", ("乔治·W·布什", "Person")),  # a Latin initial between dots
        ("俄国文豪列夫·托尔斯泰写了很多小说。", ("列夫·托尔斯泰", "Person")),  # a title before is no part of the name
        # Japanese names: a Japanese family name and a given name of Japanese name characters
        ("日本首相安倍晋三访问美国。", ("安倍晋三", "Person")),
        ("作家村上春树出版了新书。", ("村上春树", "Person")),
        ("东野圭吾的小说很受欢迎。", ("东野圭吾", "Person")),
        ("小泉纯一郎会见了记者。", ("小泉纯一郎", "Person")),
        ("藤原英明作为长子继承了家业。", ("藤原英明", "Person")),  # the name ends where a word ends (作为)
        ("伊丽莎白二世女王访华。", ("伊丽莎白二世", "Person")),  # a regnal number is part of the name
        ("亨利八世有六位妻子。", ("亨利八世", "Person")),  # and makes a name of transliteration characters
        ("导演斯皮尔伯格表示满意。", ("斯皮尔伯格", "Person")),
        ("谷歌的创始人是 Larry Page。", ("Larry Page", "Person")),  # title + copula before a Latin name
        # the subject of a founding verb with a date names an organization, whatever its ending
        ("启明娱乐成立于2009年06月，主要业务是音乐。", ("启明娱乐", "Organization")),
        ("“青禾书社”成立于1985年，位于杭州。", ("青禾书社", "Organization")),
        ("资料显示，蓝海卫浴始创于1998年。", ("蓝海卫浴", "Organization")),
        ("公司简介启明娱乐成立于2009年。", ("启明娱乐", "Organization")),  # a heading glued on
        ("宾诺始创于1908年，主要生产手工跑车。", ("宾诺", "Organization")),  # jieba's place tag on an unknown word
        ("迈康创始于1996年，专做医疗器械。", ("迈康", "Organization")),
        # … and so does the subject of 由某人创立, across an alias in parentheses
        ("星河影业（Galaxy Pictures）由导演 周明远 所创立。", ("星河影业", "Organization")),
        ("蓝湾咖啡由林小雨于2008年创办，现有门店40家。", ("蓝湾咖啡", "Organization")),
        ("青岚航空（QinglanAir）是以昆明为基地的一家货运航空公司。", ("青岚航空", "Organization")),  # 是…的一家
        # an organization named by a title and a person after it, from the start of the clause
        ("华禾远景董事长孙立平出席了开幕式。", ("华禾远景", "Organization")),
        ("金穗药业集团董事局主席林国栋表示支持。", ("金穗药业集团", "Organization")),  # 董事局 is the function
        ("平和电子科技有限公司董事长王志远说。", ("平和电子科技有限公司", "Organization")),  # 和 ends a word that opens the clause
        ("搜狐焦点上海公司总经理王刚表示，市场回暖。", ("搜狐焦点上海公司", "Organization")),  # a long name opening the clause
        # a bare suffix word (部门) before a place is a common noun, not the organization's parent
        ("家长们向管理部门鼓楼区教育局反映了情况。", ("鼓楼区教育局", "Organization")),
        ("他毕业于杭州第二中学。", ("杭州第二中学", "Organization")),
        ("这次并购是以远帆集团股份有限公司为主体完成的。", ("远帆集团股份有限公司", "Organization")),  # 以远帆/n: 以 glued on
        ("以色列航空公司成立于1948年。", ("以色列航空公司", "Organization")),  # 以色列/ns keeps its 以
        ("这家公司把总部设在首都北京。", ("北京", "Place")),  # 首都北京/ns: a description glued to the place
        # a kin word or a marriage verb before a name
        ("那年她嫁给孙琰之后去了北京。", ("孙琰", "Person")),
        ("他的长子孙明是医生。", ("孙明", "Person")),  # 长/a 子孙/nr 明是/v: a kin word glued to the surname
        # a pet name after a kin word: 小/阿 and a word, a doubled character, a surname-less name
        ("周航带着女儿小豆芽去公园玩。", ("小豆芽", "Person")),
        ("周末周航带着女儿乐乐去游泳。", ("乐乐", "Person")),
        ("林慧生下儿子小宝，全家都很高兴。", ("小宝", "Person")),
        ("其实，周航真的很努力。", ("周航", "Person")),  # 周航/nr 真的/d: an adverb takes no character of the name
        ("他的妻子安娜·林(Anna Lin)是医生。", ("安娜·林", "Person")),  # a Chinese family name after the dot
        ("蒙恬率军北击匈奴。", ("蒙恬", "Person")),  # 蒙恬/nrfg: the dictionary knows the person, rare given character or not
        ("施琅率军收复台湾。", ("施琅", "Person")),
        ("那是陈立的老爸陈贤了，八十岁还很硬朗。", ("陈贤", "Person")),  # 了 after the name, not a verb's aspect
        ("演员莉萨表示很满意。", ("莉萨", "Person")),  # a two-character transliteration with a cue
        ("这部小说的主角卡森是一名侦探。", ("卡森", "Person")),  # 主角: a role only people (or characters) play
        ("卡尔的儿子马库斯继承了农场。", ("卡尔", "Person")),  # a kin phrase after it (的儿子, 和妻子): only people have kin
        ("当晚奥托和妻子去了剧院。", ("奥托", "Person")),
        ("韩子如（1902年—1955年），名良琨，画家。", ("韩子如", "Person")),  # a lifespan after it closes the name, 如 or not
        ("周立如（1956年生），浙江宁波人。", ("周立如", "Person")),
        ("人物生平韩袭，韩信之子，官至将军。", ("韩袭", "Person")),  # a page's heading glued before the biography's name
        ("韩袭，西汉名将韩信之子。", ("韩袭", "Person")),  # a biography's opening: the name, then whose child (described)
        ("演员陈敏镐近日来华宣传新片。", ("陈敏镐", "Person")),  # 镐: a character of Korean given names, rare outside names
        ("派克的女儿在伦敦读书。", ("派克", "Person")),  # 派 transliterates (Parker, Patrick)
        ("在接受宁波商界代表团访问时，他表示欢迎。", ("宁波商界代表团", "Organization")),  # delegations, troupes, assessment institutes
        ("江州市教育评估院已经开始审核第二批学校。", ("江州市教育评估院", "Organization")),
        ("她1988年毕业于三民中学。", ("三民中学", "Organization")),  # 三民/n: a numeral opening a noun of the dictionary names the school
        ("他是广州瑞和一品茶业有限公司的员工。", ("广州瑞和一品茶业有限公司", "Organization")),  # 瑞/nr 和/c 一品/m: 和 inside a trade name
        ("她毕业于清远职业技术学院护理系。", ("清远职业技术学院", "Organization")),  # 清远/a: a known place opens the name whatever its tag
        # a city the gazetteer holds back (an ordinary word too) at a route's end or where one goes or leaves
        ("下月起将开通长治至深圳的直飞航线。", ("长治", "Place")),
        ("代表团一行昨晚抵达大同。", ("大同", "Place")),
        ("航班从海口起飞后不久返航。", ("海口", "Place")),
        ("（编辑 杨柳）", ("杨柳", "Person")),  # a byline names even an ordinary word, across a space
        ("今天是丁春阳的生日。", ("丁春阳", "Person")),  # 丁/nr 春阳/t: jieba tags the surname alone
        ("王建业表示，明年房价会上涨。", ("王建业", "Person")),  # 业: a given-name character (建业, 宏业)
        ("副省长王海南视察了工厂。", ("王海南", "Person")),  # a given name that is also a place
        ("这位女星陈楚楚，出道很早。", ("陈楚楚", "Person")),  # 林 / 楚楚/nr: the surname before a name-like word
        ("他的师父林天佑很严厉。", ("林天佑", "Person")),  # 师父, 徒弟: a teacher or a disciple is a person
        ("选手Moon表示，这场比赛很难。", ("Moon", "Person")),  # one Latin word between person cues
        # a Latin name after an organization head, as the maker in 由 X 开发, or before 旗下
        ("收购游戏开发商“Nordvik”的交易完成了。", ("Nordvik", "Organization")),
        ("这款游戏由Glasshaus开发，明年上市。", ("Glasshaus", "Organization")),
        ("开发小组Tallwood Games发布了新作。", ("Tallwood Games", "Organization")),
        ("这家工作室是Glasshaus旗下的。", ("Glasshaus", "Organization")),
        # a Chinese name between 由 and a production verb is the maker
        ("影片由青木兄弟出品。", ("青木兄弟", "Organization")),
        ("这款游戏目前正由上海烛龙开发。", ("上海烛龙", "Organization")),
        ("该系统由北京星河自主研发。", ("北京星河", "Organization")),  # not a river (河)
        # court and noble titles: a surname or a two-character name before the title
        ("后来郑贵妃生下一子。", ("郑贵妃", "Person")),
        ("宋太祖很敬重杜太后。", ("杜太后", "Person")),
        ("他被封为临川公主的驸马。", ("临川公主", "Person")),  # after 封为
        ("嘉靖帝晚年不理朝政。", ("嘉靖帝", "Person")),
        ("据史书记载，嵯峨天皇即位后改元。", ("嵯峨天皇", "Person")),
        # sports: leagues, "X vs Y", X队, teams in the slots of a match report
        ("法甲第20轮，雷恩vs朗斯。", ("法甲", "Organization")),
        ("法甲第20轮，雷恩vs朗斯。", ("雷恩", "Organization")),
        ("法甲第20轮，雷恩vs朗斯。", ("朗斯", "Organization")),
        ("本轮波尔图主场迎战布拉加，赛季至今两队交锋3胜1平。", ("波尔图", "Organization")),
        ("青岛队客场战平了对手。", ("青岛队", "Organization")),
        # organizations: place-anchored suffixes, branches, departments cut off, media
        ("海淀区教育局宣布了新规定。", ("海淀区教育局", "Organization")),
        ("恒丰银行苏州分行营业部表示将延长营业时间。", ("恒丰银行苏州分行", "Organization")),
        ("华新置业有限公司公关部经理刘涛表示欢迎。", ("华新置业有限公司", "Organization")),
        ("华新置业有限公司公关部经理刘涛表示欢迎。", ("刘涛", "Person")),
        ("由百川集团投资开发的项目开工。", ("百川集团", "Organization")),  # 由 glued to the name
        # places: addresses merged, a direction after a place
        ("公司位于南京市鼓楼区中山路88号。", ("南京市鼓楼区中山路88号", "Place")),
        ("德国南部遭遇暴雨。", ("德国南部", "Place")),
        # a known country, then transliteration characters without a title: a place in the country
        ("他出生在巴西隆德里纳。", ("隆德里纳", "Place")),
        ("他出生在巴西库里蒂巴。", ("库里蒂巴", "Place")),
        # a direction and a street suffix (东路, 南街) take the word before as the street's name
        ("公司位于人民西路88号。", ("人民西路88号", "Place")),
        ("项目东边是新华东路。", ("新华东路", "Place")),
        ("门店位于胜利北路。", ("胜利北路", "Place")),
        ("项目东临新港路。", ("新港路", "Place")),  # 东临/ns: a verb of location, no part of the name
        ("车队依次经过建国大道、幸福大街、和平路三条街道。", ("幸福大街", "Place")),  # 幸福/a in a list of streets
        # titles in 《》 are works
        ("他读过《上海滩往事》这本书。", ("上海滩往事", "Work")),
        # organizations: a place heads a name through common nouns before a bare suffix word
        ("她考上了“杭州电子工程学院”的研究生。", ("杭州电子工程学院", "Organization")),
        # two words that make one suffix (开发 / 中心): an organization, not a place
        ("苏州市软件研究开发中心主任王立新表示满意。", ("苏州市软件研究开发中心", "Organization")),
        # 和 between two common nouns inside one name
        ("济南市规划和自然资源局发布了公告。", ("济南市规划和自然资源局", "Organization")),
        # a title alone after the organization: the organization is the word before
        ("外交部部长出席了会议。", ("外交部", "Organization")),
        # a branch of a known organization whatever jieba tags it (招行/v)
        ("招行深圳分行推出了新业务。", ("招行深圳分行", "Organization")),
        # a place before a known company, a country after it: the company's office there
        ("纽约高盛的分析师认为股市会上涨。", ("纽约高盛", "Organization")),
        ("微软中国宣布了新的计划。", ("微软中国", "Organization")),
        # a body of its own inside a known organization, and headquarters
        ("消息来自全国政协外事委员会。", ("全国政协外事委员会", "Organization")),
        ("沈阳军区司令部发布了命令。", ("沈阳军区司令部", "Organization")),
        # festivals are organizations; 省/市 heads a name through a verb; 会长 after an association
        ("他率团参加了戛纳电影节。", ("戛纳电影节", "Organization")),
        ("省食品安全协会会长刘伟表示支持。", ("省食品安全协会", "Organization")),
        ("气象局发布了暴雨预警。", ("气象局", "Organization")),  # one word naming a government body
        # a party committee or government heads its departments; a title's prefix as a word of its own
        ("市委宣传部发布了通知。", ("市委宣传部", "Organization")),  # 宣传部/nr after 市委
        ("北京市委宣传部发布通知。", ("北京市委宣传部", "Organization")),
        ("区委常委会召开会议。", ("区委常委会", "Organization")),
        ("县人民政府召开会议。", ("县人民政府", "Organization")),  # 县/zg: whatever its tag, the county's
        ("省委组织部副部长陈刚说，名单已公布。", ("省委组织部", "Organization")),
        ("中共杭州市委宣传部发布通知。", ("中共杭州市委宣传部", "Organization")),  # a known name and a place: a local body
        # teams: Latin letters glued before the name; a country after a locative stays a place
        ("本轮里昂vsAS罗马的比赛很精彩。", ("AS罗马", "Organization")),
        ("两队在德比战中，主队在荷兰取胜。", ("荷兰", "Place")),
        ("姓名：卡洛桑  位置：中场  效力球队：格拉斯哥流浪者  国籍：苏格兰", ("苏格兰", "Place")),  # a fact box label
        # addresses: a part of an estate (北区, 三区) and the unit the segmenter split off
        ("望京西园三区北区的居民反映了情况。", ("望京西园三区北区", "Place")),
        ("大连锦绣花园北区", ("大连锦绣花园北区", "Place")),
        ("杭州市滨江区三区的居民。", ("杭州市滨江区三区", "Place")),
        # names: a function character that ends a name jieba tags whole; 和 before 的
        ("画家许冠中昨天来到北京。", ("许冠中", "Person")),
        ("周立和的看法与众不同。", ("周立和", "Person")),
        # 市 glued to an abbreviation by the segmenter; a body ending in 委 is no person (卫健委/nr)
        ("市卫健委今天发布了防疫提示。", ("市卫健委", "Organization")),
        ("上海市卫健委发布通知", ("上海市卫健委", "Organization")),
        # a suffix reaching into the word before (信用 / 卡中心), a unit of a known bank
        ("招商银行信用卡中心发布了公告。", ("招商银行信用卡中心", "Organization")),
        # generic bodies (有关部门) are no names: the district before them is the place
        ("这个问题应由朝阳区有关部门负责。", ("朝阳区", "Place")),
        # a clause-opening word before a corporate title and a person's name is the organization
        ("昨日，明远投资董事长孙伟宣布，公司上市。", ("明远投资", "Organization")),
        ("光华兄弟首席法律顾问周强称，合同有效。", ("光华兄弟", "Organization")),
        ("松石文化首席品牌顾问陈立说，销量不错。", ("松石文化", "Organization")),
        ("远帆地产华南地区总经理孙立平表示看好市场。", ("远帆地产", "Organization")),  # the region the post covers
        ("远帆置业上海地区销售总监孙立平表示看好市场。", ("上海地区", "Place")),
        # a role word ending a compound, and an alias in parentheses, introduce a name
        ("晨报讯某公司员工方钢（化名）为此事奔走。", ("方钢", "Person")),
        # a rare surname that is also a function character, right after a title
        ("教授于建华说，研究有进展。", ("于建华", "Person")),
        ("副县长于建华说，研究有进展。", ("于建华", "Person")),  # a compound title (副 + 县长) as one word
        # registered company names: odd one-character words inside, a known short name at the head
        ("安徽蓝天达化工有限公司成立于2003年。", ("安徽蓝天达化工有限公司", "Organization")),  # 达/v inside
        ("江苏新曦照明科技有限公司成立于2011年。", ("江苏新曦照明科技有限公司", "Organization")),  # a trade tagged as a verb
        ("江苏远帆（集团）有限公司发布公告。", ("江苏远帆（集团）有限公司", "Organization")),  # a group in parentheses
        # the place of registration opens the name across an oddly tagged word (大连/d, 无忧/v)
        ("大连华林海洋食品有限公司成立于2009年。", ("大连华林海洋食品有限公司", "Organization")),
        ("成都乐无忧旅行社有限公司成立。", ("成都乐无忧旅行社有限公司", "Organization")),
        ("北京华联（中国）商业有限公司发布公告。", ("北京华联（中国）商业有限公司", "Organization")),
        ("华为技术有限公司位于深圳。", ("华为技术有限公司", "Organization")),  # a known short name at the head
        ("星朗智能（中国）有限公司总经理林慧表示。", ("星朗智能（中国）有限公司", "Organization")),  # 智能: a line of business ending in 能
        ("林慧现任星金传媒集团董事长。", ("星金传媒集团", "Organization")),  # 星金/n: a trade name before a line of business
        ("据悉，杭州和通环保控股有限公司董事长林慧出席了会议。", ("杭州和通环保控股有限公司", "Organization")),  # 和 / 通: a two-character trade name
        ("林慧现任丰和汽车有限公司董事长。", ("丰和汽车有限公司", "Organization")),  # 丰和/a: a trade name ending in 和
        ("据悉，豪天文化有限责任公司董事长周明出席了会议。", ("豪天文化有限责任公司", "Organization")),  # 豪天/q: an unknown trade name
        ("林慧现任嘉诚医药集团有限公司董事长。", ("嘉诚医药集团有限公司", "Organization")),  # 林慧现/nr 任嘉诚/nr: 现任 cut in two
        ("周明的妻子林露野是一名教师。", ("林露野", "Person")),  # 林露/nr 野是/n: the last character glued to 是
        ("周韬，林斌建之子，1950年出生于宁波。", ("林斌建", "Person")),  # 林斌/nr 建之子/n: and to 之子
        ("周韬，林志超之子，1950年出生于宁波。", ("林志超", "Person")),  # 林志/nr 超之子/l: tagged an idiom
        ("据报道，陆平和妻子林慧育有一子。", ("陆平", "Person")),  # 陆平和: a conjunction before a kin word is no part of the name
        ("周明和妻子林慧育有一子范洋。", ("范洋", "Person")),  # 一子/m: a counted child's kin word before the name
        ("周明与林诺于2005年结婚。", ("林诺", "Person")),  # 林诺于/nr 2005年: no 于 in the name
        ("刘国哲自1967年起担任远帆集团董事长。", ("刘国哲", "Person")),  # 刘国/nr 哲自/p 1967年: glued to "since"
        ("钱立和董军荣于1941年结婚。", ("董军荣", "Person")),  # 董军/nr 荣于/v 1941年: glued to 于 before a year
        ("黄艳航于2011年考入宁波大学。", ("黄艳航", "Person")),  # 黄艳/nr 航于/v
        ("王刚生于1990年。", ("王刚", "Person")),  # but 生于 is the verb after the name
        ("星河大学校长于晓出席了开学典礼。", ("于晓", "Person")),  # 于晓/nr after a title: 于 is the surname
        ("主教练王峰赛后称，球员们表现得很好。", ("王峰", "Person")),  # 赛后 after the name is no part of it
        ("索瓦内·斯布诺出生于巴西。", ("索瓦内·斯布诺", "Person")),  # 斯布诺出/nr 生于: 出 opens the verb after the name
        ("演员董洋近日现身机场。", ("董洋", "Person")),  # nor 近日
        ("昨天，段强雪向记者展示了他的作品。", ("段强雪", "Person")),  # only people speak to reporters
        ("在夏睿看来，市场仍有机会。", ("夏睿", "Person")),  # in someone's view
        ("龙海在接受采访时说，自己会继续努力。", ("龙海", "Person")),
        ("于远俊，现任远帆汽车集团有限公司董事长。", ("于远俊", "Person")),  # 于 opening a biography
        ("林慧的父亲周明曾任星恒电子有限公司董事长。", ("星恒电子有限公司", "Organization")),  # 曾/d 任星恒/nr: the post's verb glued on
        ("周明的妻子韩超是一名教师。", ("韩超", "Person")),  # 韩超/nr: a name that reads like a league's, no match around
        ("韩超本赛季战罢，全北夺冠。", ("韩超", "Organization")),  # and the league in a match report
        ("宁波诚和食品股份有限公司董事长周明表示。", ("宁波诚和食品股份有限公司", "Organization")),  # 诚/a 和/c: the trade name in two words
        ("王海生周一表示会出席。", ("王海生", "Person")),  # a given name ending in 生 before no child's name
        ("光明天皇是后伏见天皇的儿子。", ("后伏见天皇", "Person")),  # 后, "the later", opens an emperor's name
        ("林奕迅到杭州出差。", ("林奕迅", "Person")),  # 林奕/i 迅到/v: a glue into a word the dictionary lacks ends the name
        ("周明是山东寿光现代中学的校长。", ("山东寿光现代中学", "Organization")),  # a school's odd words (寿光/nr 现代/t) after its place
        ("总部位于杭州的星河科技发布了新产品。", ("星河科技", "Organization")),  # after a seat's relative clause: only bodies have one
        ("1998年，周立创办了星河中学。", ("星河中学", "Organization")),  # a word of the dictionary naming a school, after 了
        ("周立在远帆诗社工作。", ("远帆诗社", "Organization")),  # 学社, 诗社, 剧社, 书社, 文学社
        ("1995年，梁思远创办了远帆设计院。", ("远帆设计院", "Organization")),  # 设计院, 规划院
        ("宋子豪晒出与儿子宋小宝的合照。", ("宋子豪", "Person")),  # 豪晒出/v: a verb after the name (晒出, 现身, 亮相) keeps its first character
        ("星河科技自2005年成立以来发展迅速。", ("星河科技", "Organization")),  # 自…成立以来
        ("周立和林慧于2005年相识。", ("周立", "Person")),  # a name just short of the bar, joined by 和 to a sure one
        ("赫尔城主场2比1战胜了桑德兰。", ("赫尔城", "Organization")),  # a club of the gazetteer
        ("赫尔城主场2比1战胜了桑德兰。", ("桑德兰", "Organization")),  # a town that plays, in a match report
        ("他退休后住在桑德兰。", ("桑德兰", "Place")),  # … and a town elsewhere
        ("立博开出的主胜赔率是2.37。", ("立博", "Organization")),  # a bookmaker's short name
        ("皮克斯的新片票房大卖。", ("皮克斯", "Organization")),  # a studio of the gazetteer
        ("深发展公布了年报。", ("深发展", "Organization")),  # a bank's old short name
        ("宋姣2002年服役于海军。", ("宋姣", "Person")),  # a date, then what only people do (服役, 生下, 改嫁 …)
        # a rare character the segmenter holds as no word of its own (瑷/x, 勣/zg) ends the given name
        ("他的大女儿林思瑷今年五岁。", ("林思瑷", "Person")),
        ("副院长周立勣出席了会议。", ("周立勣", "Person")),
        ("老师陈子昇说。", ("陈子昇", "Person")),
        ("父亲张志远，母亲黄逸梵；后来她去了美国。", ("黄逸梵", "Person")),  # 梵/nz: a lone character tagged a proper noun
        ("他去世时，妻子林季惺时年三十岁。", ("林季惺", "Person")),  # 惺/l: a lone character tagged an idiom
        # a trade name the dictionary lacks, read as a function character and odd words after the place of registration
        ("杭州茶在山投资管理有限公司董事长周明出席了会议。", ("杭州茶在山投资管理有限公司", "Organization")),  # 在/p between single characters
        ("记者从广东古名天下商贸有限公司了解到。", ("广东古名天下商贸有限公司", "Organization")),  # 古/a 名/q 天下/s
        ("宁波百年同龢食品有限公司于2016年成立。", ("宁波百年同龢食品有限公司", "Organization")),  # 百年/m 同/p 龢/zg
        # a school in a development zone the segmenter cut in two (经济 / 技术开发区)
        ("周明在宁波市经济技术开发区星河小学任教多年。", ("宁波市经济技术开发区星河小学", "Organization")),
        ("远帆节能环保有限公司发布公告。", ("远帆节能环保有限公司", "Organization")),
        # a name whose last character the segmenter glued to the function character after it
        ("1990年，方成忠以第一名的成绩毕业。", ("方成忠", "Person")),
        # a biography opens with the person's name, whatever the segmenter made of it
        ("柯冬冬（1920年—2001年），画家。", ("柯冬冬", "Person")),
        ("霍用林，1956年生于天津。", ("霍用林", "Person")),
        # a fact box: the value after 姓名/球员 is a person, up to whitespace or the next label
        ("基本资料 球员：阿维拉 生日：1990年 国籍：巴西", ("阿维拉", "Person")),  # a city's name, but a player here
        ("姓名：阿尔贝托·席尔瓦英文名：Alberto Silva 性别：男", ("阿尔贝托·席尔瓦", "Person")),
        ("杰弗逊·多斯桑托斯是一名巴西籍足球运动员。", ("杰弗逊·多斯桑托斯", "Person")),  # name-tagged words round a dot
        # one name in parts joined by a middle dot, whatever found the parts
        ("胡安·卡洛斯·费雷罗赢得了比赛。", ("胡安·卡洛斯·费雷罗", "Person")),
        # kin words after 的 follow only people: 的哥哥, 的夫人 as well as 的父亲
        ("据说张三丰的哥哥张大丰很厉害。", ("张三丰", "Person")),
        # after a kin word a name ends before a function character even when the segmenter glued them (防为/v)
        ("他的父亲司马敬为太守。", ("司马敬", "Person")),
        # a pronoun right after the comma takes the name up again
        ("龚丞丞，她的母亲是一位舞蹈演员。", ("龚丞丞", "Person")),
        # only people have pen names, stage names, courtesy names
        ("据说王大海（笔名海子）写过很多诗。", ("王大海", "Person")),
        # a kin word after 和/与 follows a person as after 的 (某某和妻子, 某某与丈夫)
        ("史泓和妻子一起出席了活动。", ("史泓", "Person")),
        ("闻涛与丈夫一起出席了活动。", ("闻涛", "Person")),
        ("次日陈沾携夫人出席了晚宴。", ("陈沾", "Person")),  # 携 ends the name even inside jieba's word (陈沾携/nr)
        ("邝翯，邝平长子，东汉末年人。", ("邝翯", "Person")),  # a biography opening with whose child the person is
        # 中 ends a given name before a pause (李国中、), though jieba split it off (李国/nr 中/f)
        ("他的长子李国中、次子李国华都在北京工作。", ("李国中", "Person")),
        # after a name's part and a dot, an ordinary word is the family name (卡尔 · 钻石/n)
        ("设计师卡尔·钻石设计了这款包。", ("卡尔·钻石", "Person")),
        ("他是商界名流苏翊之长子。", ("苏翊", "Person")),  # 之长子, 之妻 … follow people as 的父亲 does
        # the classifier 家 counts companies: a name read as a person's is one when the sentence counts it so
        ("卡萨诺（Cassano S.p.A.）是一家意大利汽车生产商。", ("卡萨诺", "Organization")),
        ("科沃达成立于1998年，总部在苏州。", ("科沃达", "Organization")),  # 成立于 a year in a clause of its own
        ("1朱晓红毕业于江西师范大学历史系。", ("朱晓红", "Person")),  # a footnote's number before the name is no count
        ("大连外国语大学校长王平出席了仪式。", ("大连外国语大学", "Organization")),  # a known place opens the name (大连/d)
        ("山东农业大学校长李强出席了仪式。", ("山东农业大学", "Organization")),  # 农业大学 / 校长: no 农业大学校
        ("宁波城市学院校长王平出席了仪式。", ("宁波城市学院", "Organization")),  # 城市/ns is a common word, 宁波 the name
        # a registered name read only as trades (网络科技 / 有限公司) goes on to its place over odd words (明日/t, 日/m)
        ("杭州云学明日网络科技有限公司成立了。", ("杭州云学明日网络科技有限公司", "Organization")),
        ("近日，杭州中电华盛科技有限公司宣布了新产品。", ("杭州中电华盛科技有限公司", "Organization")),  # 中 opens 中电
        ("华泰友联公司昨天发布了通知。", ("华泰友联公司", "Organization")),  # 友联/ns: jieba's place tag alone ends no name
        ("他住在洛阳市白马镇东岗村。", ("洛阳市白马镇东岗村", "Place")),  # after a unit (镇), a name in 村 (东岗村/nr) is a village
        ("选举产生山东华兴国际股份有限公司董事长。", ("山东华兴国际股份有限公司", "Organization")),  # 产生 opens no name
        ("宏达集团董事局主席王平表示，销量很好。", ("宏达集团", "Organization")),  # a board (董事局) is no body of its own
        ("他是原顺达快运总裁陈立平创办的公司。", ("顺达快运", "Organization")),  # 原: a post held before, no part of the name
        ("该品牌隶属三洋电机产业株式会社旗下。", ("三洋电机产业株式会社", "Organization")),  # 株式会社: a Japanese legal ending
        # an institute of a known university is an organization of its own; a department yields to the university
        ("比赛在斯坦福大学体育场举行。", ("斯坦福大学体育场", "Place")),  # a stadium of a known university is a place of its own
        ("胜达胜达公司创立于1968年，产品远销海外。", ("胜达公司", "Organization")),  # a heading that repeats the name's head
        ("他当选为中共中央政治局常委。", ("中共中央", "Organization")),  # … a post in a known body yields to the body
        # a name read off the characters opens the organization that a clause founds (某某卫浴始创于1998年)
        ("据介绍，贝路莎卫浴始创于1998年，是一家卫浴企业。", ("贝路莎卫浴", "Organization")),
        ("2008年春，星桥教育宣告成立。", ("星桥教育", "Organization")),  # a clause that only says its subject was founded
        ("张伟成立于1998年的公司很有名。", ("张伟", "Person")),  # … but not in a relative clause: the person's act
        # registered names: 控股 right before the legal ending, trades the segmenter tags as verbs (教育/vn, 联合/v)
        ("天成教育国际控股有限公司董事长林实说，手册很厚。", ("天成教育国际控股有限公司", "Organization")),
        ("东子联合控股有限公司王平董事长讲了话。", ("东子联合控股有限公司", "Organization")),
        # a firm named before 的 and an executive title, its holder after a copula (东方/s 电气 / 的 / 董事长 / 是)
        ("东方电气的董事长是赵建国。", ("东方电气", "Organization")),
        ("北方重工的董事长是赵建国，总经理是孙立。", ("北方重工", "Organization")),
        # a numeral and a character that counts nothing after the place of registration (百年/m, 千年/m)
        ("上海百年和顺食品有限公司于2016年成立。", ("上海百年和顺食品有限公司", "Organization")),
        ("杭州千年舟装饰有限公司董事长陈明出席了会议。", ("杭州千年舟装饰有限公司", "Organization")),
        # a person's name before the place of registration is no part of the name
        ("陈志远浙江省交通集团有限公司董事长他坚持改革。", ("浙江省交通集团有限公司", "Organization")),
        ("证监会对华夏银行时任董事长王立平进行处罚。", ("华夏银行", "Organization")),  # 时任 heads the function, not the name
        ("马云成立于1999年的阿里巴巴如今已是巨头。", ("马云", "Person")),  # … but someone's act before 的
        # parks, development zones and new towns end place names (某某小镇, 某某开发区, 某某软件园)
        ("公司总部位于成都天府新城，在各地设有分部。", ("成都天府新城", "Place")),
        # a quoted phrase ending with an organization suffix names one, whatever its words
        ("因«青松汽车公司»的标识很特别。", ("青松汽车公司", "Organization")),
        # foreign names: 得 transliterates (彼得), a name opening a biography before 国籍, a dotted
        # name after a country keeps the country whole
        ("彼得罗夫，保加利亚排球运动员，生于1990年。", ("彼得罗夫", "Person")),
        ("卡尔，国籍：挪威，职业：建筑师。", ("卡尔", "Person")),
        ("这本小说的作者是挪威克努特·汉森。", ("克努特·汉森", "Person")),
        ("这本小说的作者是挪威克努特·汉森。", ("挪威", "Place")),
        ("星河速递有限公司的快递员昨天罢工了。", ("星河速递有限公司", "Organization")),  # 速递/v: a trade inside the name
        # a person's name right before a known organization is neither its head nor part of it
        ("据介绍，李伟浙江大学博士毕业后回到家乡。", ("李伟", "Person")),
        ("据介绍，李伟浙江大学博士毕业后回到家乡。", ("浙江大学", "Organization")),
        ("王建早年在天津做学徒。", ("王建", "Person")),  # 早年: a word of years, no lost character of the name
        # a weak name joined by a conjunction to a sure one is a name too, on either side
        ("钱沾与王志强在杭州结婚。", ("钱沾", "Person")),
        ("王志强和钱沾在杭州结婚。", ("钱沾", "Person")),
        ("院长的儿子孙越、孙期回来奔丧。", ("孙期", "Person")),  # so does the list comma
        # jieba's name ending in a character that may end a given name keeps it (周梦因/nr 一起)
        ("他和妻子周梦因一起出国。", ("周梦因", "Person")),
        ("其子王强亦是著名相声演员。", ("王强", "Person")),  # 亦是 after a name: the name ends before it
        ("西班牙球星塞尔希奥·卡尔德龙的女儿出生了。", ("塞尔希奥·卡尔德龙", "Person")),  # 龙 ends transliterations (Calderón)
        ("这本小说的作者是捷克托马·诺瓦切克。", ("托马·诺瓦切克", "Person")),  # a country glued before the name is no part of it
        ("其子林振华、林振中现分别担任公司董事长和总裁。", ("林振中", "Person")),  # 林振中现/nr: an adverb glued after a name ending in 中
        ("远帆电力发布公告称利润增长。", ("远帆电力", "Organization")),  # 电力, 水务, 燃气, 热力: lines of business
        ("维斯特兰动力公司是一家总部位于德国斯图加特的零部件供应商。", ("维斯特兰动力公司", "Organization")),  # 维/v 斯特兰/nr: a transliteration's first character
        ("日本老字号企业松井堂株式会社创业于1890年。", ("松井堂株式会社", "Organization")),  # 松井/ns 堂/q: a name's measure-word character; 老字号企业 the kind before it
        ("这本小说的作者是捷克托马·诺瓦切克。", ("捷克", "Place")),
        ("冠军得主陈刚、陈幂随后登台。", ("陈幂", "Person")),
        ("昨天，刘雨瞳在会上发言。", ("刘雨瞳", "Person")),  # a word the segmenter's dictionary lacks (x) is no ordinary word
        # a legal form is one word: the segmenter glues no 公司总部 after 有限责任
        ("宁波市星河生态农业开发有限责任公司总部位于宁波市鄞州区。", ("宁波市星河生态农业开发有限责任公司", "Organization")),
        ("他在宁波星河电器厂工作。", ("宁波星河电器厂", "Organization")),  # 厂: a factory
        ("他在宁波钢厂工作。", ("宁波钢厂", "Organization")),
        # words of the segmenter's dictionary that glue a company's ending to the next word are split
        ("星朗达公司总部设在宁波。", ("星朗达公司", "Organization")),  # 公司总部
        ("周明是星朗达公司员工。", ("星朗达公司", "Organization")),  # 公司员工
        ("宁波市政府副市长于有恒", ("于有恒", "Person")),  # 于 / 有恒/nr: jieba's name tag on the given name vouches for 有
        ("德国2比1战胜了法国。", ("德国", "Organization")),  # a score after a country: its team
        ("德国2比1战胜了法国。", ("法国", "Organization")),  # 战胜 / 了 before it
        ("1984年，周明创建了星朗十三香调味品集团有限公司。", ("星朗十三香调味品集团有限公司", "Organization")),  # a bare numeral inside the name
        ("周明回忆，2000年他成立华星国际（今天华星的前身）时，一个动力就是做出产品", ("华星国际", "Organization")),  # founded, then a parenthesis
        # a person's form of address ends an organization's name before it, and the verb of the
        # post the segmenter glued to the name's first word (同志 / 任远帆/nr) is none of it
        ("宣布决定：廖小明同志任远帆林业科技大学党委副书记、校长", ("远帆林业科技大学", "Organization")),
        ("宣布决定：廖小明同志任远帆林业科技大学党委副书记、校长", ("廖小明", "Person")),
        ("宋尚龙任远帆集团董事长、总裁。", ("远帆集团", "Organization")),  # a name, then 任 glued to the organization's first word
        ("周明任远帆中学校长。", ("远帆中学", "Organization")),
        ("据远帆集团董事长周明介绍，公司成立于1998年。", ("远帆集团", "Organization")),  # 据远帆/n: a preposition glued on
        ("远帆网络科技有限公司，周敏洪任董事长。", ("周敏洪", "Person")),
        ("星朗银行宁波分行行长周明昨日表示。", ("星朗银行宁波分行", "Organization")),  # a branch of a bank the grammar found
        # Latin-script names: more last words of organizations, a club's first word, a legal form's full stop,
        # and a post or a word for staff right after a one-word name
        ("Nordwind Robotics周二发布了新款机械臂。", ("Nordwind Robotics", "Organization")),
        ("Kestrel Inc.周二发布新款芯片。", ("Kestrel Inc.", "Organization")),
        ("Vanta Esports宣布签下辅助选手Rook。", ("Vanta Esports", "Organization")),
        ("主队FC Halden让半球，主胜赔率为1.90。", ("FC Halden", "Organization")),
        ("前Quillon工程师周涛回国后创业。", ("Quillon", "Organization")),
        ("Havbris AS是一家挪威海洋科技公司，由奥拉夫·林德于2008年创立。", ("Havbris AS", "Organization")),  # a legal form (AS, GmbH …)
        ("食品企业Corvida Foods的创始人昨天接受了采访。", ("Corvida Foods", "Organization")),
        # in a match report, a club named by its city and a name of its own (宁波 / LSG, 温州 / 狼影, 科隆 / 红星)
        ("本轮联赛，宁波LSG主场2比0击败温州狼影。", ("宁波LSG", "Organization")),
        ("本轮联赛，宁波LSG主场2比0击败温州狼影。", ("温州狼影", "Organization")),
        ("欧赔方面，机构开出不来梅联受让半球的盘口，对客队科隆红星信心不足。", ("科隆红星", "Organization")),
        ("欧赔方面，机构开出不来梅联受让半球的盘口，对客队科隆红星信心不足。", ("不来梅联", "Organization")),
        ("温州主场2比1击败宁波，宁波球迷十分失望。", ("宁波", "Organization")),  # not 宁波球迷
        ("记者从宁波市自然资源和规划局获悉，今年将增加供地。", ("宁波市自然资源和规划局", "Organization")),  # 自然资源/l 和 规划局
        ("远航鑫业（苏州）有限公司去年扩建了厂房。", ("远航鑫业（苏州）有限公司", "Organization")),  # 某某（某地）有限公司 opening its clause: whole
        ("远航电子（宁波）有限公司已经投产。", ("远航电子（宁波）有限公司", "Organization")),  # (远航/v)
        # a ranking's item and a box's title without a name label (its fields only an organization has)
        ("十大台灯品牌排行榜：第3名：光屿（GUANGYU），创始人邱立成，以护眼台灯起家。", ("光屿", "Organization")),
        ("【百科】凤鸣茶庄  创始人 马永寿  所属地区 云南普洱  创立时间 1995年", ("凤鸣茶庄", "Organization")),
        ("No.4 守卫者 Guarder   总部：深圳南山   价格区间：999元起", ("守卫者", "Organization")),
        ("雪峰青稞酒业是西藏本土企业，由企业家扎西多吉在拉萨创办。", ("雪峰青稞酒业", "Organization")),  # 业是/n: a copula glued on
        ("禾苗教育创始人为前中学教师孟晓岚。", ("禾苗教育", "Organization")),  # a founder's word after a trade name
        ("校友周鼎山向母校星河中学捐赠了一批实验设备。", ("星河中学", "Organization")),  # 母校 / 星河 / 中学: after 母校 a body's name opens
        ("华盛建工创始人宋怀山先生昨日病逝。", ("华盛建工", "Organization")),  # 建工, 米业 …: lines of business
        ("沐栖咖啡近日宣布，已将总部由重庆迁至成都。", ("沐栖咖啡", "Organization")),  # 咖啡, 茶饮, 美妆 …
        # trade names: more lines of business (期货, 通信 …) and what only a firm has after a dictionary word (员工, 法定代表人)
        ("散户周立向澜岳期货提起诉讼。", ("澜岳期货", "Organization")),
        ("澜岳通信在合肥建设的新工厂正式投产。", ("澜岳通信", "Organization")),
        ("曙光智能员工透露，公司正在裁员。", ("曙光智能", "Organization")),
        ("蓝图期货法定代表人为周某。", ("蓝图期货", "Organization")),
        ("房产中介透露，杭州市西湖区部分学区房挂牌价已回落。", ("杭州市西湖区", "Place")),  # 学区 ends no place
        ("万长青早年就读于青石中学。", ("万长青", "Person")),
        ("创办人邬永年，总部位于宁波。", ("邬永年", "Person")),  # 邬/nr 永年/t: a time word after a lone surname is the given name  # 万/m 长青/nr opening a clause: a surname, then a given name
        # an old-style given name's 之 after a word for a person and before a copula, a pause or a verb
        ("鹤鸣书院由清代学者邬怀之创建于道光年间。", ("邬怀之", "Person")),
        ("其父季敬之为清末秀才。", ("季敬之", "Person")),
        ("首任院长是教育家骆慎之。", ("骆慎之", "Person")),
        ("这套丛书由翻译家钱文澜先生主编。", ("钱文澜", "Person")),  # 翻译家, 教育家 …: words for people before a name
        # a branch's parent named by a trade name and its line of business (no 银行, 公司 of its own)
        ("记者从鸿拓物流温州分公司获悉，运费将上调。", ("鸿拓物流温州分公司", "Organization")),
        ("今年，禾川储运合肥分公司新建了两座冷库。", ("禾川储运合肥分公司", "Organization")),
        ("记者从章立凡处获悉，合同已经签订。", ("章立凡", "Person")),  # a person as a source takes 处 (从章立凡 is no name)
        ("2019年，他加入了Anna Berg的团队。", ("Anna Berg", "Person")),  # after 加入了 a two-word name stays a person's
        ("后来他加入了OpenFlow，担任研究科学家。", ("OpenFlow", "Organization")),  # a one-word name: an organization  # 周敏/nr 洪任/n: the last character glued to 任
        ("简介达鲁诺（d_runo）  国籍：挪威  位置：前锋  辉煌战绩：出生于冰岛的达鲁诺身为替补前锋", ("冰岛", "Place")),  # born in a country, no team
        # in a match report, a role after 作为, 担任 … makes the name before a person's, not a club's
        ("上赛季，穆里尼奥作为主帅带队客场2比0击败了本菲卡。", ("穆里尼奥", "Person")),
        ("比赛中，罗西尼作为队长打入一球，帮助球队击败对手。", ("罗西尼", "Person")),
        ("当年，费尔南多首次入选智利国家队，至今出场12次进球2个。", ("费尔南多", "Person")),  # … so does an adverb and a player's verb
        # … and what only a player does or has, later in the clause (player_clause in mentions.toml)
        ("卡瓦诺在第35分钟头球破门，帮助球队取得领先。", ("卡瓦诺", "Person")),
        ("皮亚诺与球队续约两年。", ("皮亚诺", "Person")),
        ("凯斯特以一粒点球帮助球队扳平比分。", ("凯斯特", "Person")),
        ("洛伦佐在上轮比赛中受伤，本场将继续缺阵。", ("洛伦佐", "Person")),
        # … or helps or leads a club the gazetteer knows (player_helps), or a city's club
        ("上赛季，卡瓦尼帮助巴黎圣日耳曼夺得联赛冠军。", ("卡瓦尼", "Person")),
        ("本场比赛，苏亚雷斯带领巴塞罗那逆转取胜。", ("苏亚雷斯", "Person")),
        ("方一鸣从小获父（方正清）母（苏婉如）悉心栽培。", ("方正清", "Person")),  # a name filling the parentheses after a kin word
        ("韩立新的六个儿子都从事京剧。", ("韩立新", "Person")),  # 的 and a count of children after a name
        ("基金经理钱一鸣管理的两只基金表现亮眼。", ("钱一鸣", "Person")),  # a given name after the surname is no trade name (一鸣 / 管理)
        ("宏远集团发布年报称，去年利润下降。", ("宏远集团", "Organization")),  # an adjective's word as a trade name, before what only a firm does
        ("美好集团发布年报称，去年利润下降。", ("美好集团", "Organization")),
        # a city's zone: its own name (words of no kind) and its ending (新区, 高新区)
        ("该公司已落户长春净月高新区。", ("长春净月高新区", "Place")),
        ("青岛西海岸新区举办了一场马拉松。", ("青岛西海岸新区", "Place")),
        ("总部位于南京市江宁区双龙大道南段88号。", ("南京市江宁区双龙大道南段88号", "Place")),  # a street's section (南段) and the number
        ("萍乡、九江、赣州三市联合举办了展会。", ("赣州", "Place")),  # the places a count (三市) counts
        ("宁波市鄞州区人民医院新院区正式启用。", ("宁波市鄞州区人民医院", "Organization")),
        ("他现任东方远航股份有限公司的监事。", ("东方远航股份有限公司", "Organization")),  # a registered name of a direction and a verb, after 现任
        ("他现任东方远航集团有限公司监事。", ("东方远航集团有限公司", "Organization")),  # … and a firm's form before the legal ending (no person 东方远航)
        # a ruler's temple name right before the personal name, with its dynasty or without (宗 is no surname there)
        ("她入宫后深得英宗赵恒宠信。", ("赵恒", "Person")),
        ("她深得唐高宗李治宠信。", ("李治", "Person")),
        ("她为皇帝生下了皇六女萧宛宁。", ("萧宛宁", "Person")),  # 皇六女, 皇四子: an emperor's child, named after
        ("其母王氏出身农家。", ("王氏", "Person")),  # a married woman named by her surname and 氏
        ("他每年都回母校浙江大学给学弟学妹作报告。", ("浙江大学", "Organization")),  # 回母校: one's old school, a word before the name
        ("她常回母校南开中学看望老师。", ("南开中学", "Organization")),
        ("现代汽车会长郑义宣出席了仪式。", ("现代汽车", "Organization")),
        ("石油大亨约翰·洛克菲勒创办了一家公司。", ("约翰·洛克菲勒", "Person")),
        ("由王立新创办的星河科技总部位于杭州。", ("星河科技", "Organization")),  # the body's seat (总部) after its name is no part of it
        ("她的丈夫在克利夫兰诊所工作。", ("克利夫兰诊所", "Organization")),  # a clinic, a health centre: bodies by their ending
        ("村民在青山镇卫生院就诊。", ("青山镇卫生院", "Organization")),
        ("林青山毕业于南京大学。", ("林青山", "Person")),  # a name ending in 山, then what only people do: no mountain
        ("她就读于私立华联学院。", ("私立华联学院", "Organization")),  # 私立 (private) heads an official name, as 国立 does
        ("周远河出生于江苏无锡。", ("周远河", "Person")),
        ("由Anna Berg创办的Nordlys总部设在奥斯陆。", ("Nordlys", "Organization")),  # 大亨 (tycoon): a word for people, its last character no part of the name  # a known firm, then its head's title 会长 (no body 现代汽车会)
    ],
)
def test_rule_finds_its_mention(res: Resources, text: str, expected: tuple[str, str]) -> None:
    found = _mentions(res, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("王先生说他不知道。", "王先生"),  # a surname and a form of address
        ("张氏兄弟联手创办了星河公司。", "张氏"),  # a family named by its surname and 氏 (其母王氏 is a person)
        ("刘氏宗祠位于村东。", "刘氏"),
        ("周明原系星河电子有限公司董事长。", "周明原"),  # 原系: "formerly was", no name ending in 原 (李原是 is one)
        ("周明原系星河电子有限公司董事长。", "系星河电子有限公司"),  # nor a firm opening with the copula
        ("我们敬爱的父亲周立于去年逝世。", "敬爱"),  # a word of affection before 的父亲, no name
        ("被告星河置业有限公司辩称其已履行合同。", "被告星河置业有限公司"),  # a party of a lawsuit is no part of the name
        ("八路军第一二九师师长刘伯承率部挺进太行山。", "师师长"),  # a word for people (师长) is no given name
        ("沙特阿拉伯王储穆罕默德·本·萨勒曼会见了外长。", "王储"),
        ("公司曾用名为“杭州新峰电子有限公司”。", "曾用名"),
        ("公司宣布与华为合作建设智能工厂。", "华为合作建设智能工厂"),  # a partner (与 a known company), then what the two do
        ("他们把精力放在类脑智能领域。", "类脑智能"),  # a line of business before 领域, 研究 …: a field of work, no firm
        ("2012年起，林慧出任董事局联席主席。", "董事局"),  # a board and a post on it (the segmenter's 联席 / 主席), no body
        ("女儿刘礼刘焉都在场。", "刘礼刘"),  # a surname the segmenter holds as no word opens the next name
        ("周晓系周立之女。", "周晓系"),  # 系, the copula of formal prose, ends no name (周晓系/nr)
        ("周立生周文博、周文涛二子。", "周立生"),  # a genealogy's 生 before the children's names
        ("此后光明天皇即位。", "后光明天皇"),  # 此后: "after this", no part of the name
        ("林慧系星河电子有限公司董事长。", "林慧系星河电子有限公司"),
        ("周立死后，儿子周晓继位。", "周晓继"),  # a verb after the name (继位, 一心) keeps its first character
        ("王巍通过微博宣布了喜讯。", "王巍通"),
        ("他的妻子过海关时被拦了下来。", "过海关"),  # 过/ug: an aspect particle before a word, no surname
        ("他在杭州就读大学。", "杭州就读大学"),  # a verb of going to school is no word of a school's name
        ("记者请教了部分银行的专业人士。", "部分银行"),  # a word of quantity counts bodies, names none
        ("顾名思义，成立于2003年的星河软件是一家软件公司。", "顾名思义"),  # an idiom opening the sentence names nothing
        ("星河科技是一家成立于2005年的互联网公司。", "互联网公司"),  # a line of business and a kind of body name no body
        ("星河电子有限公司是一家总部位于北京的消费电子公司。", "消费电子公司"),  # a kind of firm the classifier counts
        ("他今年在杭州考上大学。", "杭州考上大学"),
        ("林慧一心想让儿子当上太子。", "林慧一"),
        ("杭州市民在华联商厦有限公司购物。", "杭州市民在华联商厦有限公司"),  # a preposition before a word of two: a clause
        ("他从上海来到宏达有限公司工作。", "上海来到宏达有限公司"),  # a verb of going before the firm
        ("领导在杭州视察宏达有限公司。", "杭州视察宏达有限公司"),
        ("董事长杨柳坪收到中国证券监督管理委员会的通知。", "坪收到中国证券监督管理委员会"),  # 坪/ns alone heads no name
        ("林志强，中国台湾歌手。", "台湾歌手"),  # 台湾歌手/nt: a singer, no organization
        ("他创办了文化科技。", "文化科技"),  # no name word before the trade
        ("元勋、宁乡侯邓禹之孙。", "侯邓禹"),
        ("这部书的宋本早已失传，只剩抄本。", "宋本"),  # a surname and one character: a word more often than a name
        ("他写了一篇新年贺辞，寄给朋友。", "贺辞"),
        ("王强，远大集团董事长，他创建了这个品牌。", "董事长"),  # a title before 他 is no name (the cue needs the sentence's opening)
        ("他们为纪念董事长林振华修建了一座亭子。", "纪念"),  # one common word before a title names no organization
        ("国民党爱国将领王铁城率部进驻西安。", "爱国将领王铁城"),  # a person's name ending in 城 is no building of an address
        ("据报道，北京时间5月2日凌晨比赛结束。", "北京"),  # 北京时间: a time zone, no place in the text
        ("小区附近的中介公司都碰到过这种事。", "中介公司"),  # a kind of business (中介/j) names no company
        ("这是第二世代的产品。", "第二世"),
        ("这款软件由公司开发。", "公司"),  # a generic word is no maker
        ("拜仁慕尼黑本赛季表现出色。", "本赛季"),  # a season is no team (本赛季/nr)
        ("董事长高兴地说，公司很好。", "高兴"),  # an ordinary word after a title, no byline
        ("她的丈夫欧阳翔为商人。", "欧阳"),  # a compound surname alone is no name
        ("这项政策已在各省市自治区推行。", "各省市自治区"),  # kinds of administrative unit, no place
        ("我们走在幸福路上。", "幸福路"),  # an adjective alone before 路 is no street
        ("教授谈杭州的交通问题。", "谈杭州"),  # 谈/v before a known place: no surname
        ("山下有一条河。", "山下有"),  # a Japanese family name that is also a word, and no given name after it
        ("在田中劳作的农民很辛苦。", "田中劳"),
        ("中美关系持续改善。", "中美关系"),  # jieba's nt tag on a relation between bodies
        ("他在北京成立了华林体育用品有限公司。", "北京成立了华林体育用品有限公司"),  # a verb between: no name
        ("湖东大学副校长孙立平出席了典礼。", "湖东大学副校"),  # 副校长 is one title, no name's suffix inside
        ("该基金持有港股上市公司远洋航运集团的股份。", "港股上市公司远洋航运集团"),  # a kind of company before the name
        ("该基金持有港股上市公司远洋航运集团的股份。", "上市公司"),
        ("多特蒙德上赛季拿到了联赛冠军。", "上赛季"),
        ("团队讨论了Vulkan项目的进度。", "Vulkan"),  # 项目 and 计划 make no organization of a name
        ("虹口区三年计划已经启动。", "虹口区三年计划"),
        ("王先生说他不知道。", "王先"),
        ("整个过程遇到了哪些障碍？", "程遇"),  # a surname character inside ordinary words
        ("他在丰源中心上班。", "丰源"),  # the head of a place name, not a person
        ("这位英雄的故事感动了很多人。", "英雄"),  # jieba's ns tag alone makes no place
        ("他读过《上海滩往事》这本书。", "上海滩"),  # no place inside a title
        ("华新置业有限公司公关部经理刘涛表示欢迎。", "华新置业有限公司公关部"),  # a department is not the name
        ("法甲第20轮，雷恩vs朗斯。", "雷恩vs朗斯"),
        # no person: a building (宫), a verb before 了, a count after a digit, a prize, a place head
        ("游客们参观了凡尔赛宫。", "凡尔赛宫"),
        ("李明修正了这个错误。", "修正"),
        ("球队取得了4连胜。", "连胜"),
        ("公司的张先生介绍了情况。", "张先"),
        ("她获得了格莱美最佳新人奖。", "格莱美"),
        ("我们乘船来到了萨莫斯岛上。", "萨莫斯"),
        ("周立和的看法与众不同。", "周立"),
        # no place: counts, common nouns ending in a suffix, jieba's ns tag alone in a row
        ("两省同时发布了预警。", "两省"),
        ("三大景区都已开放。", "三大景区"),
        ("他们去过很多国家公园。", "国家公园"),
        ("两队在德比战中，主队在荷兰取胜。", "荷兰取胜"),
        ("本轮里尔vs摩纳哥摩纳哥客场不败。", "摩纳哥摩纳哥"),  # a name said twice is one team
        ("外交部部长出席了会议。", "外交部部"),
        ("省食品安全协会副会长表示支持。", "省食品安全协会副会"),
        ("济南市规划和自然资源局发布了公告。", "济南市"),  # the city is part of the name
        # addresses: no person name, no adjective, no organization inside one
        ("他说王海洋香港账户里有钱。", "王海洋香港"),
        ("他常用“云南在线”看新闻。", "云南在线"),
        ("市民可以登录南宁市房产局官方网站查询。", "南宁市房产局官方网站"),
        ("这个问题应由朝阳区有关部门负责。", "朝阳区有关部门"),
        ("上海市卫健委发布通知", "卫健委"),
        # jieba's place tag on a word with a natural ending needs a locative before it
        ("船只停靠在港湾里。", "港湾"),
        # the function between the organization and the title is not part of its name
        ("松石文化首席品牌顾问陈立说，销量不错。", "松石文化首席品牌"),
        # no person after the title: no organization read off the title
        ("明远投资董事长一职空缺。", "明远投资"),
        ("记者于今日获悉此事。", "于今日"),
        ("李明的妻子宋杨比他小五岁。", "宋杨比"),  # a transliteration-looking run ends before 比
        ("远帆光电是周立新创立于1998年的光学元件供应商。", "光学元件供应商"),  # the kind of firm after a founding clause, no name
        ("祖父周山为乡村教师。", "祖父周山为乡村"),  # 乡村 (the countryside) ends no village's name
        ("离异母亲方雪带着女儿方晓晴嫁给鳏夫郑建国。", "方晓晴嫁"),  # 嫁 ends a name
        ("日本老字号企业松井堂株式会社创业于1890年。", "日本老字号"),  # 字号 (a brand) is no house number
        ("萧云嗣，字元昭，昶高宗萧启明第三子，封楚王。", "高宗"),  # a temple name before a personal name is no person
        # a registered name starts after the verb, the conjunction or the parent group before it
        ("2016年成立苏州明德智能装备有限公司。", "成立苏州明德智能装备有限公司"),
        ("据悉，远达集团旗下明德智能装备有限公司已上市。", "远达集团旗下明德智能装备有限公司"),
        ("公司简介浙江瑞华百货有限公司开业于2001年。", "公司简介浙江瑞华百货有限公司"),  # a heading glued on
        # a dictionary word tagged as a name, after a character that is rarely a surname, with no cue
        ("新年收到一笔花红，大家都很高兴。", "花红"),
        ("他在会上夸下海口，说一年就能上市。", "海口"),  # a held-back city's name as an ordinary word
        ("这座城市有三家医院。", "三家医院"),  # a count before a kind of body names none
        ("中超第15轮，上海海港队坐镇浦东足球场迎战山东泰山队。", "上海海港队坐镇浦东足球场"),  # a team, a verb, the ground it plays at
        ("据报道，浙江大学原校长周立新出席了会议。", "浙江大学原校"),  # 原 / 校长: the former principal of the school before, no school 原校
        ("来自南京的游客王先生在景区内摔伤。", "游客王"),  # 游客/n 王先生/nr: Mr. Wang, no one named 游客王
        # a two-character transliteration without a dot or a cue is too weak to be a name
        ("莉萨看了首映式。", "莉萨"),  # (出席 would be a cue: only people attend)
        # a count before an organization is no part of its name (第五十期, 第三届), an ordinal is (第二中学)
        ("他买了第五十期建设银行理财产品。", "第五十期建设银行"),
        ("这是第三届华夏银行杯比赛。", "第三届华夏银行"),
        # a field of study the segmenter tags as an organization
        ("他毕业于武汉大学法学专业。", "法学专业"),
        # a founding verb after a generic word, or after a name that does not open its clause
        ("公司成立于1998年。", "公司"),
        ("张伟的公司成立于1998年。", "张伟的公司"),
        ("焦点影业 Lumen Pictures成立于2004年。", "Pictures"),
        ("餐厅是一家老字号，开了四十年。", "餐厅"),  # one common word counted by 家 names nothing
        ("他的女儿小时候很调皮。", "小时候"),  # a word of the segmenter's that starts with 小
        ("他的女儿天天哭着要妈妈。", "天天"),  # a doubled adverb
        ("女儿小名叫豆豆。", "小名叫"),
        ("刘姓男子率军北上。", "刘姓"),  # 姓 after a surname: "surnamed 刘", no name (jieba tags 刘姓 nrfg)
        ("他的妻子是美籍华裔。", "华裔"),  # an ordinary word that starts with a surname character
        ("王立新，男，浙江玉环人，高级工程师。", "玉环"),  # a county the gazetteer lacks after its province: no person (温岭 is a known city now)
        ("星河公司于杭州宣告成立。", "杭州宣"),  # 杭州 / 宣告: a known place opens no name that ends inside the next word  # a place of origin after its province (某某人)
        ("王立新，男，浙江宁波人，高级工程师。", "宁波人"),  # a known place and 人: someone from there
        # a court title after no name: an office, a country, a word inside a longer word
        ("末代皇帝退位以后住在天津。", "末代皇帝"),
        ("日本天皇发表了讲话。", "日本天皇"),
        ("罗马皇帝的雕像立在广场上。", "罗马皇帝"),
        ("这位公主很喜欢读书。", "这位公主"),
        ("他将其译作的法文版赠送给宁海外国语大学。", "法文版赠送给宁海外国语大学"),  # a verb of giving opens the body given to
        ("该镇辖东岭、西岭、柳湾等七个行政村。", "行政村"),  # a kind counted by a numeral and its counter
        ("1890年，林启自英国阿伯丁大学医科毕业后返回厦门。", "林启自"),  # "from" and a place after the name
        ("试验区跨境贸易投资高水平开放试点运行平稳。", "高水平"),  # a word the segmenter tags as a name
        ("律师代表申请人出庭。", "申请人"),  # a party to a case
        ("礼萨·巴列维是伊朗末代国王之子。", "国王"),  # a king, no name
        ("沉痛悼念宁海大学原党委书记周建华同志。", "沉痛悼念宁海大学"),  # words of mourning open no body's name
        ("宁海二中创办于1923年，是浙江省首批重点中学。", "重点中学"),  # a kind of school the segmenter tags nt
        ("受冷空气影响，全省大部分地区有中到大雨。", "全省大部分地区"),  # "the whole province": no place's name
        ("本市东部地区将出现大风。", "本市东部地区"),
        ("两人已登记结婚，双方工作室随后证实了这一消息。", "双方工作室"),  # 双方 (both sides) opens no name
        ("远帆体育由“体操王子”周立于1995年创办。", "体操王子"),  # a title quoted alone is an epithet
        ("“钢琴王子”林海与妻子同台演出。", "钢琴王子"),
        ("他们信仰上帝。", "仰上帝"),
        ("米洛什是塞尔维亚足球运动员，目前效力于贝尔格莱德。", "于贝尔格莱德"),
        ("王建早年在天津做学徒。", "王建早"),  # a preposition opens no foreign name
        # a list comma pairs no brand before its line of business with the name before it
        ("会上，林海峰、恒宇家具董事长周正国发言。", "恒宇"),
        ("星河农村商业银行股份有限公司注册资本为人民币1000万元。", "星河农村商业银行股份有限公司注册资本"),  # registered capital
        ("成立于1998年的公司规模很大。", "公司规模很大"),  # a generic word described after a founding date
        ("这件事十中八九是真的。", "十中"),  # a numbered school needs its city before it
        ("他曾任公司董事长。", "公司"),  # a bare suffix before the title names nothing
        ("公司集结优秀人才于2013年成立。", "公司集结优秀人才"),  # no verb inside a name before a dated founding
        ("张伟的公司成立于1998年。", "公司"),  # a person's company: no name
        ("他创办的全国性企业集团发展很快。", "全国性企业集团"),  # a description after a founding verb
        ("由他出资组建的有限责任公司已经注销。", "有限责任公司"),  # a legal form
        ("某保险公司董事长表示。", "保险公司"),  # a kind of company before a title, no name
        ("他是上市公司董事长。", "上市公司"),
        ("一位保险公司工作人员说。", "保险公司"),
        ("保险公司的董事长表示。", "保险公司"),  # a line of business (保险, 经纪 …) names no company
        ("他是多家初创公司的创始人。", "初创公司"),  # a kind of company (初创, 新兴 …) before a title names none
        ("这家经纪公司的负责人说。", "经纪公司"),
        ("周庄古镇游客很多。", "古镇"),  # an old town alone names nothing
        ("记者从商业部门获得的数据显示。", "从商业"),
        ("温州主场2比1击败宁波，宁波球迷十分失望。", "宁波球迷"),
        ("竞彩推荐：科隆杯赛主场不败，热那亚联赛杯再度取胜。", "热那亚联赛杯"),  # the competition a club plays in is none of its name
        ("温州、台州两地住建部门联合发文。", "住建部"),  # 住建 / 部门: a kind of department, no ministry
        ("温州、台州两地住建部门联合发文。", "台州两地住建部门"),
        ("房产中介透露，杭州市西湖区部分学区房挂牌价已回落。", "杭州市西湖区部分学区"),
        ("宁波海鹰排球俱乐部主攻手林悦当选本赛季联赛最佳球员。", "本赛季联赛"),
        ("公司将于明年在杭州开设研发工作室。", "研发工作室"),
        ("今年全省将新建公办幼儿园300所。", "新建公办"),  # 公办, 主办 …: verbs, no office (扶贫办)
        # a firm a counter counts, a country's, is described whatever the words before its ending
        ("Havbris AS是一家挪威海洋科技公司，由奥拉夫·林德于2008年创立。", "挪威海洋科技公司"),
        ("Havbris AS是一家挪威海洋科技公司，由奥拉夫·林德于2008年创立。", "海洋科技公司"),
        ("他在一家瑞典海洋工程公司工作。", "瑞典海洋工程公司"),
        ("关于我们  创始人 周明远  员工数 300人", "关于我们"),  # a heading opening the text is no title
        ("他每天早上都要喝一杯咖啡。", "一杯咖啡"),
        ("万一出事怎么办。", "怎么办"),  # 怎么办 ends in 办 and names no office
        ("向李明表示感谢。", "向李明"),  # a preposition before a name that opens with its own surname
        ("明德书院，民办全日制寄宿制学校，办学二十余年。", "全日制寄宿制学校"),  # kinds of school name none
        ("他的岳父是一名医生。", "岳父"),  # a kin word, no surname 岳 and a name
        ("她是学者严敬之女。", "严敬之"),  # 之 before a noun: the possessive (the scholar's daughter)
        ("周明之妻林慧是医生。", "周明之"),
        # a preposition and its source before the verb of learning (从 / 帆达 / 获悉): no rare surname 从
        ("记者从禾川物流获悉，运费将上调。", "从禾川"),
        ("记者昨日从金禾获悉，运费将上调。", "金禾"),  # 从金禾/nr: the preposition glued on, the source no person either
        ("本报记者向禾川了解到，冷库已经建成。", "向禾川"),
        ("公司宁波分行行长周明表示。", "公司宁波分行"),  # a bare 公司 before a branch names no parent  # 从/p opens no name ending inside the next word
        ("2008年三家科技有限公司成立。", "三家科技有限公司"),  # a count with its classifier is no part of a name
        ("他在厂里工作。", "厂"),  # a factory needs a name before it
        ("这家工厂位于宁波。", "工厂"),
        ("他在宁波星河电器厂工作。", "宁波星河"),  # no place that swallows the name of the factory
        ("这家银行由当地5家城市信用社合并而成。", "城市信用社"),  # bodies counted by their classifier: a kind
        ("远帆联合多家商业银行发起基金。", "商业银行"),
        ("他在一家美国公司工作。", "美国公司"),  # a country and a firm's bare ending: a kind of firm
        ("他们开了一家加盟连锁店。", "加盟"),  # 加盟/ns: a verb the dictionary tags as a place (its 盟 an administrative ending)
        ("这家德国银行宣布裁员。", "德国银行"),
        ("萍乡、九江、赣州三市联合举办了展会。", "赣州三市"),  # a count of the places before, no part of a name
        ("暴雨导致鼓楼区部分道路积水。", "鼓楼区部分道路"),  # 道路: roads, no street's name
        ("出租：福州市台江区五一路临街门面一间。", "福州市台江区五一路临街"),  # 临街: "facing the street", after the address
        ("摄影师从云南大理一路骑行到西藏拉萨。", "云南大理一路"),  # 一路: "all the way", no road number one
        ("合肥市包河区滨湖街道启动老旧小区改造。", "合肥市包河区滨湖街道启动老旧小区"),  # what a sub-district does is no part of its address
        ("双方将在杭州共建数字经济联合实验室。", "杭州共建数字经济联合实验室"),
        ("她入宫后深得英宗赵恒宠信。", "宗赵恒"),
        ("本届马拉松赛将于周六在青岛鸣枪开跑。", "马拉松赛"),  # a race, no transliterated name
        ("宏岳器械公司创建于2018年，而宏岳医疗集团的总部设在天津市滨海新区。", "而宏岳医疗集团"),  # 而 glued to the name's first word
        ("晨光环球早年在百慕大注册成立，主要营运总部位于香港中环。", "主要营运"),  # a distinguishing word (主要/b) opens no name
        ("今年，成都城东片区新增学校5所。", "成都城东片区新增学校"),  # 新增: a verb of adding, what is added starts after it
        ("宁波市鄞州区人民医院新院区正式启用。", "宁波市鄞州区人民医院新院区"),
        ("他每年都回母校浙江大学给学弟学妹作报告。", "回母校浙江大学"),
        ("现代汽车会长郑义宣出席了仪式。", "现代汽车会"),
        ("石油大亨约翰·洛克菲勒创办了一家公司。", "亨约翰·洛克菲勒"),
        ("由王立新创办的星河科技总部位于杭州。", "星河科技总部"),  # a hospital's campus is no region  # 共建: a verb of setting up, what is set up starts after it
    ],
)
def test_rule_leaves_out_what_is_no_mention(res: Resources, text: str, absent: str) -> None:
    assert absent not in {t for t, _ in _mentions(res, text)}


def test_a_pet_name_after_a_kin_word_and_the_full_name_in_parentheses_are_one_person(res: Resources) -> None:
    x = extract(read_document("d.txt", text="宋博文的女儿豆豆（宋雨欣）也很出色。"), res)
    assert {(m.text, m.alt) for m in x.mentions} >= {("豆豆", "宋雨欣"), ("宋雨欣", "豆豆")}


def test_a_person_with_a_latin_alias_opening_the_text_is_no_boxs_title(res: Resources) -> None:
    found = _mentions(res, "周凯文（Kevin Zhou），美国企业家，现任董事长。")
    assert ("周凯文", "Organization") not in found


def test_a_boxs_title_may_come_one_space_before_a_field_and_its_colon(res: Resources) -> None:
    found = _mentions(res, "鸣凤琴行 创办人：谭凤林 创办时间：2009年9月 地址：广东省东莞市南城区")
    assert ("鸣凤琴行", "Organization") in found, found
    for speaker in ("周明 创始人：我们做了很多事。", "周明 董事长：我们很满意。"):  # a speaker's name and title
        assert ("周明", "Person") in _mentions(res, speaker), speaker


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("陈教授出生于湖南长沙。", ["湖南", "长沙"]),  # known places in a row keep their entries
        ("他在美国波士顿工作。", ["美国", "波士顿"]),
        ("他去了德国科隆。", ["德国", "科隆"]),  # 德国科隆/nz: one word of the segmenter's that two known places tile
    ],
)
def test_known_places_in_a_row_stay_apart(res: Resources, text: str, parts: list[str]) -> None:
    found = {t for t, top in _mentions(res, text) if top == "Place"}
    assert set(parts) <= found


def test_a_team_named_twice_in_a_match_report_is_a_team_both_times(res: Resources) -> None:
    x = extract(read_document("t", text="本轮霍夫曼vs比勒尔，霍夫曼的进攻更犀利。"), res)
    assert [m.top for m in x.mentions if m.text == "霍夫曼"] == ["Organization", "Organization"]


def test_vs_inside_a_latin_name_makes_no_match_report(res: Resources) -> None:
    # "vs" is a cue of a match report (雷恩vs朗斯), but not inside a word: Petrovsky, Ivanovski
    found = _mentions(res, "彼得罗夫斯基(AntonPetrovsky)，出生地未知，籍贯波兰，身高190厘米。")
    assert {("彼得罗夫斯基", "Person"), ("AntonPetrovsky", "Person"), ("波兰", "Place")} <= found
    assert {("巴黎", "Organization"), ("里尔", "Organization")} <= _mentions(res, "巴黎vs里尔，谁能取胜？")
    glued = "表演赛KingvsQueen在晚上举行。"  # glued to the names, it is still a cue
    assert is_sports(glued, 0, len(glued), res)


def test_a_known_city_founded_in_a_year_stays_a_city(res: Resources) -> None:
    assert _mentions(res, "杭州始建于公元前222年，历史悠久。") == {("杭州", "Place")}


def test_the_same_city_is_a_team_only_in_a_match_report(res: Resources) -> None:
    assert ("里昂", "Place") in _mentions(res, "她在里昂读书。")
    assert ("里昂", "Organization") in _mentions(res, "本轮里昂主场迎战对手，近期战绩3胜1平。")
    assert {("里昂", "Organization"), ("马赛", "Organization")} <= _mentions(res, "法甲的里昂和马赛本周都赢了。")  # a league makes a match report


def test_a_team_before_its_captain_or_coach_is_a_team_and_a_common_noun_takes_no_side_of_a_match(res: Resources) -> None:
    # 对阵 (facing) makes a match report; the name before 队长 is the team's, the one after the captain
    found = _mentions(res, "富尔敦队长马普特拉因伤将缺席对阵美加华的比赛。")
    assert {("富尔敦", "Organization"), ("马普特拉", "Person"), ("美加华", "Organization")} <= found
    assert not any(text == "缺席" for text, _ in found)  # 缺席 / 对阵: a verb before the word, no team


def test_a_european_cup_makes_a_match_report_and_names_no_place(res: Resources) -> None:
    found = _mentions(res, "尼亚加拉在欧联杯中被法穆索夫淘汰。")
    assert {("尼亚加拉", "Organization"), ("法穆索夫", "Organization")} <= found
    assert not any(top == "Place" for _, top in found)


def test_a_known_team_before_its_captain_keeps_its_own_name(res: Resources) -> None:
    # the segmenter's user word 阿森纳队 took the 队 of 队长 (its captain): the team is 阿森纳
    x = extract(read_document("t", text="阿森纳队长维辛斯基因伤缺阵。"), res)
    assert {(m.text, m.top) for m in x.mentions} == {("阿森纳", "Organization"), ("维辛斯基", "Person")}
    assert next(m for m in x.mentions if m.text == "阿森纳").key == res.gazetteer.lookup("阿森纳队")


def test_a_body_whose_name_ends_in_its_own_team_word_keeps_it_before_a_member(res: Resources) -> None:
    assert ("自卫队", "Organization") in _mentions(res, "他退伍前是一名自卫队员。")  # no 自卫 alias: the 队 is the name's


def test_a_made_up_team_glued_to_a_word_of_time_before_a_number_is_read_whole(res: Resources) -> None:
    # 某某近/nr 5场: the segmenter's guess glued 近 (recent) to the team's name
    assert ("马蒂巴森", "Organization") in _mentions(res, "马蒂巴森近5场比赛保持不败。")


@pytest.mark.parametrize(("text", "league"), [("两队在法甲联赛中已经交手过很多次。", "法甲联赛"), ("本周他在葡超联赛打进两球。", "葡超联赛")])
def test_a_league_with_its_word_for_a_league_is_one_organization(res: Resources, text: str, league: str) -> None:
    found = _mentions(res, text)
    assert (league, "Organization") in found and not any(top == "Place" for _, top in found)


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE.read_text(encoding="utf-8"),
        *(p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))),
        "本轮波尔图主场迎战布拉加。《上海滩往事》的作者王立新住在南京市鼓楼区中山路88号。",
    ],
)
def test_spans_are_offsets_into_the_text_and_never_overlap(res: Resources, text: str) -> None:
    doc = read_document("t", text=text)
    x = extract(doc, res)
    assert x.mentions
    for m in x.mentions:
        assert doc.text[m.start : m.end] == m.text
    spans = sorted((m.start, m.end) for m in x.mentions)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, "chosen mentions overlap"


def test_overlap_policy_longest_then_source_then_leftmost() -> None:
    long = Mention("恒丰银行苏州分行", "Company", 0, 8, 0, "branch")
    short = Mention("恒丰银行", "Company", 0, 4, 0, "gazetteer")
    place = Mention("苏州", "City", 4, 6, 0, "gazetteer")
    assert [m.text for m in select_mentions([short, place, long])] == ["恒丰银行苏州分行"]
    team = Mention("里昂", "Organization", 0, 3, 0, "team")
    city = Mention("里昂", "City", 0, 3, 0, "gazetteer")
    assert [m.type for m in select_mentions([city, team])] == ["Organization"]  # a tie: the more specific reading
    left = Mention("张三", "Person", 0, 2, 0, "name")
    right = Mention("三里", "Place", 1, 3, 0, "name")
    assert [m.text for m in select_mentions([right, left])] == ["张三"]


def test_department_after_a_known_organization_yields_to_it(res: Resources) -> None:
    known = Mention("清华大学", "EducationalOrganization", 0, 4, 0, "gazetteer")
    longer = Mention("清华大学化学系", "Organization", 0, 7, 0, "suffix")
    departments = compiled_grammar(res).department_endings  # the data's list, as the pipeline passes it
    assert [m.text for m in select_mentions([longer, known], departments)] == ["清华大学"]


def test_an_organization_its_grammar_read_once_is_found_again_in_the_document(res: Resources) -> None:
    text = "海韵地产总经理封立做客电台节目，海韵地产携旗下项目参加房展会。"  # (海韵/n 地产 / 携: no name on its own)
    found = [(m.text, m.start) for m in extract(read_document("x", text=text), res).mentions if m.top == "Organization"]
    assert [s for name, s in found if name == "海韵地产"] == [0, text.index("海韵地产", 1)]
    # a trade name read from a line of business alone is not carried over (专业 / 简餐连锁 / 企业 may name no one)
    text = "这是知名简餐连锁品牌，已发展成为全国大型专业简餐连锁企业。"
    assert text.index("简餐连锁") not in {m.start for m in extract(read_document("x", text=text), res).mentions}


def test_a_club_named_after_a_known_organization_is_no_department_of_it(res: Resources) -> None:
    x = extract(read_document("x", text="广州恒大淘宝足球俱乐部主教练卡纳瓦罗对比赛结果表示满意。"), res)
    assert ("广州恒大淘宝足球俱乐部", "Organization") in {(m.text, m.top) for m in x.mentions}  # 俱乐部 ends in 部, a club all the same


def test_a_known_short_name_completed_by_a_suffix_keeps_its_entry(res: Resources) -> None:
    x = extract(read_document("t", text="她后来在巴黎理工大学读书。"), res)
    school = next(m for m in x.mentions if m.text == "巴黎理工大学")
    assert school.top == "Organization" and school.key  # the gazetteer entry of 巴黎理工


@pytest.mark.parametrize(("text", "full", "short"), [("海尔电器集团昨天公布了销量。", "海尔电器集团", "海尔"), ("索尼电子集团昨天公布了销量。", "索尼电子集团", "索尼")])
def test_a_known_company_completed_by_its_trade_and_a_company_suffix_keeps_its_entry(res: Resources, full: str, short: str, text: str) -> None:
    x = extract(read_document("t", text=text), res)
    company = next(m for m in x.mentions if m.text == full)
    assert company.type == "Company" and company.key == res.gazetteer.lookup(short)
    y = extract(read_document("t", text="清华大学化学系的学生很多。"), res)
    assert "清华大学化学系" not in {m.text for m in y.mentions}  # a department still yields to its university


def test_a_known_company_and_a_line_of_business_name_its_division_under_its_entry(res: Resources) -> None:
    x = extract(read_document("t", text="腾讯体育报道，比赛结束。"), res)
    division = next(m for m in x.mentions if m.text == "腾讯体育")
    assert division.type == "Company" and division.key == res.gazetteer.lookup("腾讯")
    y = extract(read_document("t", text="腾讯表示，比赛结束。"), res)
    assert "腾讯表示" not in {m.text for m in y.mentions}  # only a line of business extends the name


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_the_segmenter_splits_the_words_it_is_told_to(backend: str) -> None:
    from kg.segment import Segmenter

    text = "星朗达有限责任公司总部设在宁波"
    glued = [t.text for t in Segmenter(backend).tokens(text)]
    split = [t.text for t in Segmenter(backend, split=["公司总部"]).tokens(text)]
    assert "公司总部" in glued  # jieba's dictionary holds the word …
    assert "公司总部" not in split and ["公司", "总部"] == split[split.index("公司") : split.index("公司") + 2]


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_the_segmenter_knows_its_dictionarys_words_and_user_words_only(backend: str) -> None:
    from kg.segment import Segmenter

    segmenter = Segmenter(backend, [("星朗达", "nz")], ["公司总部"])
    assert segmenter.knows("成立") and segmenter.knows("星朗达")
    assert not segmenter.knows("帆达") and not segmenter.knows("公司总部")  # a guess of its HMM; a word taken out


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_the_segmenter_splits_a_copula_glued_to_a_name(backend: str) -> None:
    from kg.segment import Segmenter

    tokens = Segmenter(backend, name_tails=["是"]).tokens("林红是诚恒物流公司的创始人之一。")
    assert [(t.text, t.start, t.end) for t in tokens[:2]] == [("林红", 0, 2), ("是", 2, 3)]


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_the_segmenter_splits_words_of_time_glued_to_a_name_with_their_own_tags(backend: str) -> None:
    from kg.segment import Segmenter

    tokens = Segmenter(backend, name_tails=["近", "后"]).tokens("马蒂巴森近5场不败，加盟佩森纳后状态回升。")
    pairs = [(t.text, t.pos) for t in tokens]
    assert ("马蒂巴森", "nr") in pairs and ("佩森纳", "nr") in pairs
    assert ("后", "f") in pairs and next(pos for text, pos in pairs if text == "近") not in ("nr", "nrt", "nrfg")


def test_a_person_and_the_firm_after_a_glued_copula_are_read_apart(res: Resources) -> None:
    x = extract(read_document("x", text="林红是诚恒物流公司的创始人之一。"), res)
    assert {(m.text, m.top) for m in x.mentions} == {("林红", "Person"), ("诚恒物流公司", "Organization")}
    assert ("林红", "founded", "诚恒物流公司") in {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


def test_a_name_found_once_names_the_person_elsewhere_in_the_document(res: Resources) -> None:
    x = extract(read_document("t", text="记者方媛报道。方媛很喜欢唱歌，方媛的歌很好听。"), res)
    assert [(m.text, m.start) for m in x.mentions if m.top == "Person"] == [("方媛", 2), ("方媛", 7), ("方媛", 15)]
    y = extract(read_document("t", text="记者方媛报道。方媛城堡很美。"), res)  # the head of a thing's name
    assert [(m.text, m.start) for m in y.mentions if m.top == "Person" and m.text == "方媛"] == [("方媛", 2)]
    z = extract(read_document("t", text="周航娶了高洁。她品格高洁。"), res)  # an ordinary word the name also is
    assert [(m.text, m.start) for m in z.mentions if m.text == "高洁"] == [("高洁", 4)]


def test_a_name_cut_short_where_the_text_reads_a_name_found_elsewhere_is_that_name(res: Resources) -> None:
    """陈正 / 封到/v: the segmenter glued the name's last character to the verb; 陈正封 stands whole
    a sentence later."""
    x = extract(read_document("t", text="那天陈正封到车站接人。记者陈正封报道了这件事。"), res)
    assert [(m.text, m.start) for m in x.mentions if m.top == "Person"] == [("陈正封", 2), ("陈正封", 13)]
    y = extract(read_document("t", text="记者方媛报道。方媛媛很喜欢唱歌。"), res)  # where the text reads the shorter name, it stays
    assert [(m.text, m.start) for m in y.mentions if m.top == "Person"] == [("方媛", 2), ("方媛媛", 7)]


@pytest.mark.parametrize("text", ["周明离开星朗后，创办了远帆(Yuanfan)公司。", "远帆（Yuanfan）集团成立于1990年。"])
def test_a_name_with_its_latin_form_before_an_organizations_suffix_is_the_organization(res: Resources, text: str) -> None:
    """远帆(Yuanfan)公司: the suffix after the parentheses says what 远帆 is (no person 远帆)."""
    named = {m.text: m for m in extract(read_document("t", text=text), res).mentions}
    assert named["远帆"].top == "Organization" and named["远帆"].alt == "Yuanfan"


def test_a_demonstrative_before_a_latin_form_names_nothing(res: Resources) -> None:
    assert "这家" not in {m.text for m in extract(read_document("t", text="这家(Apple)公司很大。"), res).mentions}


def test_a_name_said_again_takes_part_in_relations(res: Resources) -> None:
    x = extract(read_document("t", text="记者方媛报道。方媛毕业于浙江大学。"), res)
    assert ("方媛", "studiedAt", "浙江大学") in {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


def test_a_partner_in_parentheses_may_be_followed_by_dates_or_notes(res: Resources) -> None:
    """An encyclopedia's opening: the other script's form, a comma, then the dates."""
    x = extract(read_document("x", text="林慧（Lin Huiyu，1921年3月2日－1990年8月9日）出生于宁波，是一位教育家。"), res)
    named = {m.text: m for m in x.mentions}
    assert named["林慧"].alt == "Lin Huiyu" and named["Lin Huiyu"].alt == "林慧"
    assert named["Lin Huiyu"].type == "Person"


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("周航的三子周平（周允文）因病去世。", "周平", "周允文"),  # the same surname alone in parentheses
        ("林慧为周航生下一子，名为周启航（小名航航）。", "周启航", "航航"),  # after a word that gives another name
        ("周航（原名周远航），浙江宁波人。", "周航", "周远航"),  # a former name
    ],
)
def test_a_persons_other_name_in_parentheses_is_the_same_person(res: Resources, text: str, name: str, other: str) -> None:
    named = {m.text: m for m in extract(read_document("x", text=text), res).mentions}
    assert named[name].alt == other and named[other].alt == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("周航，字远帆，号青山居士，浙江宁波人。", {"周航", "远帆", "青山居士"}),  # a courtesy name, then a literary name
        ("林慧，笔名东篱，1958年生于宝鸡。", {"林慧", "东篱"}),
        ("周明，艺名为“小野”，是一名说唱歌手。", {"周明", "小野"}),  # quoted, after a copula
        ("作家远舟，原名林海涛，福建长乐人。", {"林海涛", "远舟"}),  # a pen name after a word for people, before 原名
        ("歌手阿浪原名罗明，出生于四川。", {"罗明", "阿浪"}),
        ("阿浪原名罗明，出生于四川。", {"罗明", "阿浪"}),  # the pen name opening the sentence
        ("王安石字介甫，抚州临川人。", {"王安石", "介甫"}),  # no comma before 字
        ("周航，字义真，浙江宁波人。", {"周航", "义真"}),  # 字义 is a word of the dictionary's, but 义真 is a name
        ("周航，幼名阿宝，浙江宁波人。", {"周航", "阿宝"}),  # a childhood name
        ("周航号青山居士，浙江宁波人。", {"周航", "青山居士"}),  # 号 right after the name (no house number's 号)
        ("法师明远俗名罗明，出生于四川。", {"罗明", "明远"}),  # a monk's secular name
    ],
)
def test_a_clause_giving_another_name_right_after_a_persons_name_names_the_same_person(res: Resources, text: str, names: set[str]) -> None:
    x = extract(read_document("x", text=text), res)
    people = {m.text: m for m in x.mentions if m.top == "Person"}
    assert set(people) == names
    first = min(names, key=text.index)
    assert all(people[n].alt == first for n in names - {first}) and people[first].alt in names


def test_the_other_name_a_clause_gives_takes_no_fact_from_its_clauses(res: Resources) -> None:
    """王某，号某某，1980年毕业于…: the name's facts, not the literary name's (the graph joins the two anyway)."""
    x = extract(read_document("x", text="周航，号青山，1980年毕业于浙江大学。"), res)
    assert {(r.subject.text, r.predicate, r.object.text) for r in x.relations} == {("周航", "studiedAt", "浙江大学")}


def test_a_word_for_people_or_a_pronoun_before_a_former_name_is_no_name(res: Resources) -> None:
    """父亲原名罗明: 父亲 is who, not another name; 本人原名罗明: nor is 本人."""
    for text in ("父亲原名罗明，后来改了名字。", "本人原名罗明。"):
        assert {name for name, top in _mentions(res, text) if top == "Person"} == {"罗明"}


@pytest.mark.parametrize("text", ["周明，号称第一，其实不然。", "周明，字数不多，却很有力。"])
def test_a_word_of_the_dictionary_opening_with_a_word_for_a_name_gives_none(res: Resources, text: str) -> None:
    assert {m.text for m in extract(read_document("x", text=text), res).mentions if m.top == "Person"} == {"周明"}


def test_a_name_of_another_surname_in_parentheses_is_not_an_other_name(res: Resources) -> None:
    """A cast list pairs a role and its actor that way."""
    x = extract(read_document("x", text="剧中周小明（林伟强）与赵小红（王刚）同行。"), res)
    assert {m.text: m.alt for m in x.mentions if m.top == "Person"} == {"周小明": "", "林伟强": "", "赵小红": "", "王刚": ""}


def test_a_three_character_word_the_dictionary_tags_as_a_name_is_a_name_with_a_kin_word(res: Resources) -> None:
    """周韬时/nr: the segmenter's name tag on the whole word, a common surname and a kin word after it."""
    x = extract(read_document("x", text="据介绍，周韬时夫人为林慧，两人育有两名子女。"), res)
    assert {m.text for m in x.mentions if m.top == "Person"} >= {"周韬时", "林慧"}
    assert ("周韬时", "spouse", "林慧") in {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


@pytest.mark.parametrize("village", ["张家堡", "刘家沟", "孙家寨", "高家岭", "何家营"])
def test_a_village_named_after_a_family_is_no_person(res: Resources, village: str) -> None:
    assert (village, "Person") not in _mentions(res, f"他回到了{village}。")  # (it is one before the rule: 刘家沟/nr)


@pytest.mark.parametrize("text", ["王家人在外地打工。", "张家大院在城东。", "陈家老宅与祠堂相连。", "黄家小院和周家老屋都在城北。", "刘家是当地的大户。"])
def test_a_familys_name_and_the_word_after_it_are_no_person(res: Resources, text: str) -> None:
    """王家 / 人在: a family's name before a word of its own (not 王家豪与, 陈家明在: a given name, then the clause)."""
    assert not {m for m, top in _mentions(res, text) if top == "Person"}


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("长沙靖武王林懿之子林渊明。", "林懿", "王林懿"),  # 靖武/nr 王林懿/nr: the title's 王, then the personal name
        ("齐宪王司马明去世。", "司马明", "齐宪"),  # the title's first part is no person
        ("太子之妾王秀英生了一个儿子。", "王秀英", "秀英"),  # 妾 / 王秀英: a word for a person before 王, no title
        ("公孙明是名家。", "公孙明", "孙明"),  # 公孙, a compound surname, no title's 公
    ],
)
def test_a_noble_titles_last_character_before_a_name_is_no_surname(res: Resources, text: str, person: str, absent: str) -> None:
    found = {m for m, top in _mentions(res, text) if top == "Person"}
    assert person in found and absent not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [("喜茶成立于2012年。", "喜茶"), ("喜茶创始人聂云宸接受采访。", "喜茶"), ("喜茶董事长聂云宸接受采访。", "喜茶")],
)
def test_a_coined_word_opening_the_clause_before_a_founding_or_a_post_is_an_organization(res: Resources, text: str, name: str) -> None:
    """喜茶/v: a word the segmenter's dictionary lacks, whatever it tags it; not a known word (他们成立于…)."""
    assert (name, "Organization") in _mentions(res, text)
    assert not {m for m, top in _mentions(res, "他们成立于2012年。") if top == "Organization"}


@pytest.mark.parametrize("text", ["他在贝克莱山庄买了一套别墅。", "他们在拉斐尔海滩度假。"])
def test_a_foreign_name_before_a_place_word_heads_the_place_and_is_no_person(res: Resources, text: str) -> None:
    assert not {m for m, top in _mentions(res, text) if top == "Person" and m != "他"}  # 山庄, 海滩: place endings


def test_the_name_field_of_an_organizations_fact_box_is_an_organization(res: Resources) -> None:
    """公司名称：X with a field only an organization's box has; 中文名称 alone (a film's, a dish's) is not enough."""
    assert ("远山食品", "Organization") in _mentions(res, "公司名称：远山食品；创始人：周启明；注册资本：500万元")
    assert not {m for m, top in _mentions(res, "中文名称：远山之恋；导演：周启明") if top == "Organization"}


def test_a_japanese_family_name_before_an_adverb_is_no_name(res: Resources) -> None:
    """远山 / 一直/d: a family name of the list, then an adverb of the segmenter's, no given name."""
    assert not {m for m, top in _mentions(res, "他说远山一直很美。") if top == "Person" and m != "他"}
    assert ("村上春树", "Person") in _mentions(res, "作家村上春树出版了新书。")
    assert ("山本一郎", "Person") in _mentions(res, "山本一郎是日本棒球运动员。")  # 一郎/m: the segmenter's guess, no word of its dictionary
    assert ("中岛健太", "Person") in _mentions(res, "中岛健太，日本籍企业家。")  # 健太/d, likewise


@pytest.mark.parametrize("text", ["这是一个温馨的家。", "院子里的梅花开了。", "他的表现十分卓越。", "山下有一处温泉。", "他摘得了影帝的桂冠。", "这把黄花梨椅子很贵。"])
def test_an_ordinary_word_the_segmenter_tags_as_a_name_is_no_person(res: Resources, text: str) -> None:
    assert not {m for m, top in _mentions(res, text) if top == "Person"}  # 温馨/nr, 梅花/nr: not_names.txt


def test_a_country_and_a_firms_ending_the_gazetteer_knows_or_a_body_of_the_country_is_a_name(res: Resources) -> None:
    assert ("美国银行", "Organization") in _mentions(res, "美国银行宣布裁员。")
    assert ("古巴军队", "Organization") in _mentions(res, "他率领古巴军队作战。")


def test_a_route_named_by_the_places_it_joins_is_a_place(res: Resources) -> None:
    found = _mentions(res, "这些城市由京广线和沪昆线连接，也可以走京沪高速或沪宁铁路。")
    assert {("京广线", "Place"), ("沪昆线", "Place"), ("京沪高速", "Place"), ("沪宁铁路", "Place")} <= found


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("黄小雅就是王小雅，她是周明的女儿。", "黄小雅", "王小雅"),
        ("周明，原名周远明，宁波人。", "周明", "周远明"),
        ("刘婷的母亲是宋王之女安平公主赵灵。", "安平公主", "赵灵"),  # a princess's title right before her name
    ],
)
def test_two_names_joined_by_a_word_for_another_name_are_one_person(res: Resources, text: str, name: str, other: str) -> None:
    named = {m.text: m for m in extract(read_document("x", text=text), res).mentions}
    assert named[name].alt == other and named[other].alt == name


def test_a_name_and_a_relative_of_another_are_not_one_person(res: Resources) -> None:
    named = {m.text: m for m in extract(read_document("x", text="周明就是林慧的儿子。"), res).mentions}
    assert named["周明"].alt == "" and named["林慧"].alt == ""


@pytest.mark.parametrize("name", ["黄圆圆", "黄娃娃"])
def test_a_doubled_given_name_the_segmenter_reads_as_a_noun_is_still_a_name(res: Resources, name: str) -> None:
    """黄/a 圆圆/n: a doubled character is a given name unless it is an ordinary word (老黄 / 天天: every day)."""
    assert (name, "Person") in _mentions(res, f"{name}是周明的妻子。")
    assert ("黄天天", "Person") not in _mentions(res, "老黄天天去公园跑步。")


def test_a_word_tagged_a_time_right_after_the_place_of_registration_is_part_of_the_name(res: Resources) -> None:
    """宁波 / 明日/t / 星光速递有限公司: one registered name."""
    assert ("宁波明日星光速递有限公司", "Organization") in _mentions(res, "宁波明日星光速递有限公司成立于2009年。")


def test_a_preposition_glued_to_a_names_first_word_ends_the_organization_before_it(res: Resources) -> None:
    """远帆物流 / 由星朗/nr / 运输公司: two organizations, not one running over 由."""
    assert {("远帆物流", "Organization"), ("星朗运输公司", "Organization")} <= _mentions(res, "远帆物流由星朗运输公司和林氏快运公司合并而成。")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("周航曾任海川集团董事长。", "海川集团"),  # 曾 / 任海川/nr: the verb glued to the name after an adverb
        ("周航，后任宁波大学校长。", "宁波大学"),  # 后任/n: a verb of the post the segmenter tags a noun
        ("周航后任星朗科技有限公司总经理。", "星朗科技有限公司"),  # … before a registered name too
        ("林慧继任远帆中学校长。", "远帆中学"),
    ],
)
def test_a_post_verb_before_an_organization_is_no_part_of_its_name(res: Resources, text: str, org: str) -> None:
    found = {m.text for m in extract(read_document("t", text=text), res).mentions if m.top == "Organization"}
    assert found == {org}


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("赵航是宋太祖赵匡胤的孙子。", "宋太祖", "赵匡胤"),
        ("宋太祖赵匡胤曾在此处读书。", "宋太祖", "赵匡胤"),
        ("林慧，宋真宗赵恒之女。", "宋真宗", "赵恒"),  # 宋真 / 宗赵恒/nr: the temple name's 宗 glued to the name
        ("林慧，宋成祖赵棣第三女。", "宋成祖", "赵棣"),  # 赵棣 untagged as a name: the title before it makes it one
    ],
)
def test_a_title_right_before_a_personal_name_is_the_same_person(res: Resources, text: str, title: str, name: str) -> None:
    """某宗某某, 某祖某某: history names a ruler by title and name together; one person, two names."""
    people = {m.text: m.alt for m in extract(read_document("t", text=text), res).mentions if m.top == "Person"}
    assert people[title] == name and people[name] == title


def test_a_place_and_a_conjunction_before_a_firm_with_a_trade_name_of_its_own_stay_apart(res: Resources) -> None:
    found = {(m.text, m.top) for m in extract(read_document("t", text="杭州和宁波远帆物流有限公司都参加了。"), res).mentions}
    assert ("杭州", "Place") in found and ("宁波远帆物流有限公司", "Organization") in found


@pytest.mark.parametrize("text", ["张华总是迟到。", "张华就是这样的人。", "王刚乃是当世英雄。"])
def test_an_adverb_or_a_copula_after_a_two_character_name_is_no_part_of_it(res: Resources, text: str) -> None:
    assert {m.text for m in extract(read_document("t", text=text), res).mentions if m.top == "Person"} == {text[:2]}


@pytest.mark.parametrize("text", ["全球物流公司都在涨价。", "这是一家知名教育集团。", "国内医药公司纷纷跟进。", "目前控股有限公司很多。"])
def test_a_line_of_business_and_a_firms_form_after_an_ordinary_word_are_a_kind(res: Resources, text: str) -> None:
    assert not any(m.top == "Organization" for m in extract(read_document("t", text=text), res).mentions)


@pytest.mark.parametrize(("text", "names"), [
    ("歌手次仁多吉推出了新专辑，他的母亲央金拉姆也是歌手。", {"次仁多吉", "央金拉姆"}),
    ("牧民格桑多布杰赶着羊群回家。", {"格桑多布杰"}),  # a part of three characters
    ("扎西德勒！格桑花开满了山坡。", set()),  # a greeting and a flower: one part alone is no name
])
def test_tibetan_names_are_two_or_three_name_parts(res: Resources, text: str, names: set[str]) -> None:
    assert {m.text for m in extract(read_document("t", text=text), res).mentions if m.top == "Person" and m.source != "pronoun"} == names


def test_generations_of_descent_are_no_regnal_number(res: Resources) -> None:
    """唐安帝九世孙: nine generations down, not a monarch 唐安帝九世."""
    people = {m.text for m in extract(read_document("t", text="周明自称唐安帝九世孙，家谱至今保存完好。"), res).mentions if m.top == "Person"}
    assert "唐安帝" in people and not any(p.endswith("九世") for p in people)


def test_a_rulers_designation_keeps_its_dynasty_and_a_consort_loses_a_kin_word_glued_on(res: Resources) -> None:
    """北周武帝 (a dynasty named by its side, then the posthumous title) is one designation, as
    宋太祖 is; 母 / 王皇后: the mother's title, no one named 母王."""
    people = {m.text for m in extract(read_document("t", text="周韬，北周武帝宇文邕之孙，母王皇后。"), res).mentions if m.top == "Person"}
    assert people >= {"北周武帝", "宇文邕", "王皇后"} and "母王皇后" not in people and "周武" not in people


@pytest.mark.parametrize(("text", "ruler"), [("宋徽宗擅长书画。", "宋徽宗"), ("元世祖定都大都。", "元世祖")])
def test_a_temple_name_is_a_person(res: Resources, text: str, ruler: str) -> None:
    assert (ruler, "Person") in _mentions(res, text)


@pytest.mark.parametrize("text", ["这家店的菜很正宗。", "他是禅宗的信徒，也拜过祖宗。"])
def test_words_ending_in_zong_or_zu_are_no_temple_names(res: Resources, text: str) -> None:
    assert not {m for m in _mentions(res, text) if m[1] == "Person"}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("周航任远帆集团党委书记、董事长。", "周航", "远帆集团"),  # 周航任/n: the verb of the post glued to the name
        ("林慧任星朗集团董事长。", "林慧", "星朗集团"),  # 林慧任/nr
    ],
)
def test_the_verb_of_a_post_glued_to_a_name_is_neither_name_nor_organization(res: Resources, text: str, person: str, org: str) -> None:
    assert {(person, "Person"), (org, "Organization")} <= _mentions(res, text)
    assert not any(name.startswith(person + "任") for name, _ in _mentions(res, text))


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("董事长赵国华至深圳考察。", "赵国华", "深圳"),  # 赵国/nr 华至/ns: no place 华至深圳
        ("陈晓和陈妍希自去年起在北京合作。", "陈妍希", "北京"),  # 陈妍/nr 希自/p
    ],
)
def test_a_names_last_character_glued_to_a_preposition_in_a_made_up_word_ends_the_name(res: Resources, text: str, person: str, place: str) -> None:
    found = _mentions(res, text)
    assert (person, "Person") in found and any(name == place for name, _ in found)
    assert not any(name.startswith(person[-1]) for name, _ in found)  # nothing opens with the name's last character


def test_a_post_in_an_organizations_committee_is_held_at_the_organization(res: Resources) -> None:
    """某大学 / 党委 / 副书记: the organization ends before its committee; 某大学党委 alone is a body."""
    assert ("浙江农林大学", "Organization") in _mentions(res, "周航，浙江农林大学党委副书记、校长。")
    assert ("浙江农林大学党委", "Organization") in _mentions(res, "浙江农林大学党委召开了会议。")


@pytest.mark.parametrize(("text", "firm"), [("他和远航控股股份有限公司签约。", "远航控股股份有限公司"), ("他和跨越控股股份有限公司签约。", "跨越控股股份有限公司")])
def test_a_verb_before_a_registered_name_of_trades_alone_is_its_trade_name(res: Resources, text: str, firm: str) -> None:
    """和 / 远航/v / 控股/v / 股份有限公司: a name of trades alone names no firm; the verb before it does."""
    assert (firm, "Organization") in _mentions(res, text)


@pytest.mark.parametrize("text", ["他成立了控股股份有限公司。", "他们合作成立网络科技有限公司。"])
def test_a_registered_name_of_trades_alone_is_a_kind_of_firm(res: Resources, text: str) -> None:
    assert not {m for m in _mentions(res, text) if m[1] == "Organization"}


@pytest.mark.parametrize(("text", "names"), [("周航，周远同母弟，母林慧。", {"周航", "周远", "林慧"}), ("周航，父周明，母林慧。", {"周航", "周明", "林慧"})])
def test_kin_words_glued_to_names_are_no_part_of_them(res: Resources, text: str, names: set[str]) -> None:
    """周远同/nr 母弟, 母林慧/nr: the segmenter glues 同 (同母弟) and 母 to the names."""
    assert {name for name, top in _mentions(res, text) if top == "Person"} == names


def test_a_function_character_glued_to_a_dotted_names_first_part_is_no_part_of_it(res: Resources) -> None:
    """当马特/nr · 罗西: 当 opens the clause, the name is 马特·罗西."""
    people = {name for name, top in _mentions(res, "当马特·罗西第一次获得奖牌的时候，他还是学生。") if top == "Person"}
    assert "马特·罗西" in people and "当马特·罗西" not in people


def test_a_dotted_names_first_part_the_segmenter_glued_to_a_preposition_and_tagged_a_place(res: Resources) -> None:
    """由吉欧/ns · 马蒂尼: the word runs to the dot, so it is the first part (and 由 no part of it)."""
    people = {name for name, top in _mentions(res, "这家公司由吉欧·马蒂尼在1963年创立。") if top == "Person"}
    assert people == {"吉欧·马蒂尼"}
    assert ("克努特·汉森", "Person") in _mentions(res, "挪威克努特·汉森获得了冠军。")  # 挪威: a place before the name


@pytest.mark.parametrize(("text", "name"), [("周航自2003年起担任远帆银行行长。", "周航"), ("林慧自2010年以来一直在宁波工作。", "林慧")])
def test_since_before_a_year_is_no_part_of_the_name(res: Resources, text: str, name: str) -> None:
    """周航自/nr 2003年起: the segmenter glues 自 (since) to the name; 王自健 keeps it."""
    assert {m for m, top in _mentions(res, text) if top == "Person"} == {name}
    assert ("王自健", "Person") in _mentions(res, "王自健是一名演员。")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("林慧，现任帆达物流公司董事长兼总经理。", "帆达物流公司"),  # 帆达/v: a word the dictionary lacks
        ("周明是南京润航控股公司的创始人之一。", "南京润航控股公司"),  # 润航/v 控股公司: before a kind of company
        ("周明自2001年起担任苏州远越医药公司董事长。", "苏州远越医药公司"),  # 远越/d, after the place of registration
        ("林慧创办的杭州琪玥影视传媒有限公司已经上市。", "杭州琪玥影视传媒有限公司"),  # 琪玥/x, no stop at 传媒
        ("2006年，周明创办了帆星能源集团。", "帆星能源集团"),  # 集团 alone is a common noun, not after a firm's name
        ("他出任汇驰动力股份有限公司董事长。", "汇驰动力股份有限公司"),  # 动力, 重工, 铝业 …: lines of business too
        ("周明是汇驰铝业有限公司的创始人。", "汇驰铝业有限公司"),
        ("远佳地产公司成立于1959年7月5日。", "远佳地产公司"),  # 远佳/z opening the sentence
        ("记者从昆明伟新银行获悉，该行将推出新产品。", "昆明伟新银行"),  # 伟新/a after the place
        ("成都博新足球俱乐部昨日宣布签下一名外援。", "成都博新足球俱乐部"),  # a club's sport between
        ("启越协会会长林慧在会上发言。", "启越协会"),  # the head's own title after it
    ],
)
def test_a_trade_name_the_dictionary_lacks_names_a_firm_whatever_its_tag(res: Resources, text: str, org: str) -> None:
    x = extract(read_document("x", text=text), res)
    assert org in [m.text for m in x.mentions if m.top == "Organization"]


@pytest.mark.parametrize("text", ["周明是知名投资公司的创始人之一。", "周明成立科技公司后，又开了一家超市。", "周明创办了大型控股公司。"])
def test_a_dictionary_word_before_a_kind_of_firm_names_none(res: Resources, text: str) -> None:
    x = extract(read_document("x", text=text), res)
    assert not [m.text for m in x.mentions if m.top == "Organization"]


def test_a_made_up_trade_name_ends_the_reading_leftwards(res: Resources) -> None:
    """Only the place of registration comes before a trade name the dictionary lacks: a legal
    form before it ends another firm's name."""
    x = extract(read_document("x", text="他先后在远帆集团有限公司帆达物流公司工作。"), res)
    assert [m.text for m in x.mentions if m.top == "Organization"] == ["远帆集团有限公司", "帆达物流公司"]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("彭海芳毕业于合肥帆启职业技术学院。", "合肥帆启职业技术学院"),  # 帆启/v: a made-up name before the school's fields
        ("戴志伟曾就读于苏州鼎佳小学。", "苏州鼎佳小学"),  # 鼎佳/z after the place
        ("邵慧宇毕业于合肥远天中学。", "合肥远天中学"),  # 远/a 天/q: the name cut into single characters
    ],
)
def test_a_school_named_by_a_word_the_dictionary_lacks(res: Resources, text: str, school: str) -> None:
    x = extract(read_document("x", text=text), res)
    assert school in [m.text for m in x.mentions if m.top == "Organization"]


@pytest.mark.parametrize("text", ["他在宁波念完中学后去了北京。", "他在宁波读完小学，又在杭州考进中学。"])
def test_a_verb_and_its_complement_between_a_place_and_a_school_name_no_school(res: Resources, text: str) -> None:
    x = extract(read_document("x", text=text), res)
    assert not [m.text for m in x.mentions if m.top == "Organization"]


@pytest.mark.parametrize(("text", "name"), [("她把力量封印在刚出生的儿子“风间一叶”的身上。", "风间一叶"), ("他的父亲“老周”是个木匠。", "老周")])
def test_a_quoted_name_after_a_word_for_a_relative_is_a_person(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


def test_a_quoted_epithet_after_a_verb_of_marriage_is_no_person(res: Resources) -> None:
    assert not any(n == "地产大亨" for n, _ in _mentions(res, "她嫁给了“地产大亨”周明。"))


def test_lines_of_business_and_a_kind_of_firm_name_no_firm(res: Resources) -> None:
    found = _mentions(res, "蓝海软件是一家总部位于杭州的互联网企业，由周海于1998年创立。")
    assert ("蓝海软件", "Organization") in found and ("互联网企业", "Organization") not in found


@pytest.mark.parametrize("text", ["其父孙伯辰是鲁国大夫，以勇力闻名。", "他是战国时期楚国的将军。"])
def test_an_old_state_is_no_person(res: Resources, text: str) -> None:
    found = _mentions(res, text)  # 鲁 + 国, 楚 + 国: a surname and a one-character given name in form only
    assert not any(name.endswith("国") and top == "Person" for name, top in found)


@pytest.mark.parametrize(("text", "name"), [("星河公司董事长郑国的夫人昨日抵达首尔。", "郑国"), ("一位名叫卫国的工程师昨天获奖。", "卫国")])
def test_a_cue_before_a_state_shaped_name_still_names_a_person(res: Resources, text: str, name: str) -> None:
    found = _mentions(res, text)  # (and 的 never ends the given name: not 卫国的)
    assert (name, "Person") in found and not any(n.endswith("的") for n, _ in found)


def test_a_country_and_ji_is_a_nationality_not_a_name(res: Resources) -> None:
    x = extract(read_document("x", text="戴志伟，韩国籍律师，曾就读于苏州第一中学。"), res)
    assert [m.text for m in x.mentions if m.top == "Person"] == ["戴志伟"]
    assert ("戴志伟", "nationality", "韩国") in {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("该小区位于宁波市西湖区博宏巷。", "宁波市西湖区博宏巷"),  # 博宏巷/nr: a lane named by a word the dictionary lacks
        ("该小区位于长沙市嘉天大道70号。", "长沙市嘉天大道70号"),  # 嘉天/t inside the address
        ("记者来到宁波市光恒景区，看到很多游客。", "宁波市光恒景区"),  # 光恒/z before a scenic area
        ("新店开在天华路与润鑫街交叉口。", "润鑫街"),  # 润鑫街/n
        ("该小区位于温州市岳麓区泰平路。", "温州市岳麓区泰平路"),  # 泰平路/ns: a street the segmenter tags as a place
        ("事故发生在温州市达润街72号附近。", "温州市达润街72号"),  # 达润/v 街: a word before a bare street suffix
        ("该楼盘位于郑州市金水区安盛路190号帆佳小区。", "郑州市金水区安盛路190号帆佳小区"),
        ("周明打算周末去帕朗市区看看。", "帕朗市区"),  # a name tagged as a person's before 市区: a city's urban area
        ("这艘货轮曾多次穿越加勒比海域。", "加勒比海域"),  # 加勒比海/ns 域: 海域 cut across two words
        ("新店就开在西三环内。", "西三环"),  # a city's ring road
        ("该楼盘位于河南省长沙市武侯区华豪路丰正苑。", "河南省长沙市武侯区华豪路丰正苑"),  # 华豪路/nr 丰正苑/nr: a street and an estate, no person
        ("事故发生在成都市鼓楼区启润街附近。", "成都市鼓楼区启润街"),  # 启润街/v: a street named by a word the dictionary lacks
        ("他家住杭州市鼎新路296号。", "杭州市鼎新路296号"),  # 鼎新/d 路 before a house number
        ("记者来到宁波市鑫盛景区，看到很多游客。", "宁波市鑫盛景区"),  # 鑫/nr 盛/v: a name cut into single characters
        ("离二环路不远有一家书店。", "二环路"),
    ],
)
def test_a_street_or_a_scenic_place_named_by_a_word_the_dictionary_lacks(res: Resources, text: str, place: str) -> None:
    x = extract(read_document("x", text=text), res)
    assert place in [m.text for m in x.mentions if m.top == "Place"]


def test_a_common_noun_ending_in_a_units_word_is_no_place(res: Resources) -> None:
    x = extract(read_document("x", text="这里是核心区，那里是功能区，再往外是一级辐射区。"), res)
    assert not [m.text for m in x.mentions if m.top == "Place"]


def test_two_lines_of_business_joined_inside_a_bodys_name(res: Resources) -> None:
    x = extract(read_document("x", text="林城房地产及物业研究会会长周明认为，房价还会上涨。"), res)
    assert "林城房地产及物业研究会" in [m.text for m in x.mentions if m.top == "Organization"]
    y = extract(read_document("x", text="中国房地产和物业公司都在涨价。"), res)  # a kind of firm, no name
    assert not [m.text for m in y.mentions if m.top == "Organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("导演基库拉的新片将在下月上映。", "基库拉"),  # 基/a 库拉/nrt: a character of another tag opens the name
        ("美国总统法塞昨日发表讲话。", "法塞"),  # 法塞/ns: two characters the segmenter took for a place
        ("前锋基克皮因伤缺席了训练。", "基克皮"),  # 基克皮/n: a word it made up, no name tag at all
    ],
)
def test_a_word_that_only_goes_with_people_makes_transliteration_characters_a_name(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


def test_a_preposition_after_a_verb_opens_no_name_the_segmenter_tagged(res: Resources) -> None:
    assert not any(top == "Person" and text.startswith("于") for text, top in _mentions(res, "周明毕业于清华，后赴美留学。"))  # 于清华/nr


def test_two_streets_of_an_intersection_are_two_places(res: Resources) -> None:
    found = _mentions(res, "新店开在华安大道与祥豪巷交叉口。")  # 与祥/nr 豪巷/ng: 与 glued to the second street's name
    assert ("华安大道", "Place") in found and not any("与" in name for name, _ in found)


@pytest.mark.parametrize("text", ["据日本媒体报道，高桥一郎已经辞职。", "据韩国媒体报道，金志勋已经退役。"])
def test_a_report_after_a_country_is_no_street_of_an_address(res: Resources, text: str) -> None:
    # 媒体报道/n ends in 道, a street's suffix: no address 某国媒体报道
    assert {top for name, top in _mentions(res, text) if "报道" in name} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据谢超宁介绍，该项目将于明年完工。", "谢超宁"),  # 据谢/v 超宁/nz: the preposition glued to the surname
        ("据史东嘉介绍，该项目将于明年完工。", "史东嘉"),  # 据史/ng 东嘉/nr: not the two-character 东嘉
        ("记者郝敏晨报道，本市今年新增就业岗位两万个。", "郝敏晨"),  # 郝敏/nr 晨报/n 道: the last character glued to 报道
    ],
)
def test_a_name_the_segmenter_cut_at_a_glued_edge_is_read_whole(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老师表扬了陆珊。", "陆珊"),  # a verb whose object is a person, 了 between
        ("警方抓获了汤升。", "汤升"),
        ("他把钥匙交给了金杰。", "金杰"),
        ("这个项目由黎新博负责。", "黎新博"),  # what only people do after the name
        ("曾洋被评为优秀员工。", "曾洋"),
        ("记者采访了史宁。", "史宁"),
    ],
)
def test_a_two_or_three_character_name_in_the_slot_of_a_person_is_read(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(("text", "name"), [("这件事让彭敏很生气。", "彭敏"), ("这件事让吕嘉很生气。", "吕嘉")])
def test_a_preposition_opens_no_transliterated_name(res: Resources, text: str, name: str) -> None:
    found = _mentions(res, text)  # 让/v 彭敏/nr: all transliteration characters, but 让 is the preposition
    assert (name, "Person") in found and not any(n.startswith("让") for n, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("比尔巴奥，阿根廷足球运动员，司职后卫。", "比尔巴奥"), ("比利亚，1981年生，西班牙足球运动员。", "比利亚")],
)
def test_a_transliteration_character_the_segmenter_tags_a_preposition_opens_a_name_that_opens_the_sentence(
    res: Resources, text: str, name: str
) -> None:
    found = _mentions(res, text)  # 比/p 尔巴/nrt 奥/nr: nothing before 比 for it to compare
    assert (name, "Person") in found and (name[1:], "Person") not in found
    assert not any(n.startswith("比") for n, _ in _mentions(res, "他比尔巴奥高一些。"))


def test_a_verb_of_saying_glued_to_a_foreign_name_is_split_off(res: Resources) -> None:
    assert ("索拉", "Person") in _mentions(res, "索拉说：“我们会赢的。”")  # 索拉说/nr


def test_a_known_country_after_a_word_for_people_is_still_the_country(res: Resources) -> None:
    found = _mentions(res, "他的儿子代表巴西参加比赛。")
    assert ("巴西", "Place") in found and ("巴西", "Person") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这次会议在德国的维斯巴登举行。", "维斯巴登"),  # 在 / 某国 / 的: a place in the country
        ("他们后来搬到了法国南部的图尔宁。", "图尔宁"),  # 某国 / 南部 / 的
        ("事故发生在美国俄亥俄州的阿克伦市。", "阿克伦市"),  # 阿克/nrt 伦市/ns: the city's name cut before its last character
        ("会议在巴西的梅基巴举行。", "梅基巴"),  # 梅 is a Chinese surname too: no Chinese name there either
    ],
)
def test_a_transliterated_name_placed_in_a_place_is_a_place(res: Resources, text: str, place: str) -> None:
    found = _mentions(res, text)
    assert (place, "Place") in found and not any(top == "Person" for _, top in found)


def test_a_person_of_a_country_is_still_a_person(res: Resources) -> None:
    assert ("约翰逊", "Person") in _mentions(res, "美国的约翰逊教授发表了演讲。")  # no locative before the country


@pytest.mark.parametrize(
    "text", ["他前往维斯巴登参加会议。", "代表团昨天抵达图尔宁。", "他出生在图尔宁。", "他前往费亚维参加会议。", "德国南部城市武贝内发生了地震。"]
)  # (费, 武: Chinese surnames too, but no Chinese name after a verb of going or a kind of place)
def test_a_transliterated_name_after_a_verb_of_going_or_birth_is_a_place(res: Resources, text: str) -> None:
    assert any(top == "Place" for _, top in _mentions(res, text)) and not any(top == "Person" for _, top in _mentions(res, text))


@pytest.mark.parametrize(
    ("text", "name", "top"),
    [
        ("图尔宁是一座美丽的城市。", "图尔宁", "Place"),  # 图尔/nrt 宁是/v: said to be a city, the copula glued to the name
        ("维斯巴登是德国的一座城市，风景优美。", "维斯巴登", "Place"),
        ("武帕法是波兰的一座古城。", "武帕法", "Place"),  # 武帕法/nr: no Chinese name 武 + 帕法 either
        ("卡洛斯是一名球员。", "卡洛斯", "Person"),  # a word for people after the copula, in a sentence about sport
        ("卡洛斯是这座城市的市长。", "卡洛斯", "Person"),  # the clause is about a mayor, not a city
    ],
)
def test_what_a_transliterated_name_is_said_to_be_decides_its_type(res: Resources, text: str, name: str, top: str) -> None:
    assert (name, top) in _mentions(res, text)


def test_a_persons_home_after_a_verb_of_going_keeps_the_person(res: Resources) -> None:
    assert ("卡洛斯", "Person") in _mentions(res, "他前往卡洛斯家中拜访。")


def test_a_country_that_begins_a_longer_transliterated_name_is_none(res: Resources) -> None:
    """马里/q 布/nr: the country's name opens a longer foreign name (a place the gazetteer lacks);
    南京/ns 金/nr 无忧 …: the city, tagged as a place, before a firm's trade name."""
    x = extract(read_document("x", text="马里布的海滩并没有因为游客而变得拥挤。"), res)
    assert "马里" not in [m.text for m in x.mentions]
    y = extract(read_document("x", text="他去过马里和尼日尔。"), res)
    assert [m.text for m in y.mentions if m.top == "Place"] == ["马里", "尼日尔"]


def test_rings_that_are_no_roads_are_no_places(res: Resources) -> None:
    x = extract(read_document("x", text="奥运五环旗帜飘扬，三环集团股价上涨。"), res)
    assert not [m.text for m in x.mentions if m.top == "Place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她的父亲吴国和是一家公司的董事长。", ("吴国和", "Person")),  # 是一家公司 goes on to someone the firm has
        ("李明是一所中学的老师。", ("李明", "Person")),
        ("兰多尼是一家法国家具制造商。", ("兰多尼", "Organization")),  # the classifier counts the firm itself
        ("林世均和陈晓薇结婚了。", ("林世均", "Person")),  # 均 ends a given name the segmenter reads whole
        ("张小月、李明和王芳出席了会议。", ("张小月", "Person")),
        ("凤翔传媒董事局主席李立出席了会议。", ("凤翔传媒", "Organization")),  # a board before its chairman's post is the firm's
        ("方正琳2003年生于宁波。", ("方正琳", "Person")),  # a date, then what only people do (方正 is a word)
        ("金立明：这场比赛我们输得不冤。", ("金立明", "Person")),  # a speaker's label opening the sentence
        ("江山对本报记者表示，房价还会上涨。", ("江山", "Person")),  # speaking to the press
        ("江山饰演了一名警察。", ("江山", "Person")),  # what only people do after the name
        ("白云入狱三年。", ("白云", "Person")),
        ("江山等人参加了会议。", ("江山", "Person")),  # only people come with 等人, 一行, a handshake
        ("他与江山握手。", ("江山", "Person")),
        ("张涵怡和丈夫程红凯出席了活动。", ("张涵怡", "Person")),  # 张涵 / 怡和/nz / 丈夫: the name goes on before 和丈夫
        ("叶子宁的母亲孙梅是叶振华的第二任夫人。", ("叶振华", "Person")),
    ],
)
def test_what_a_clause_or_a_name_ending_says_of_a_name(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("他在宁波市商业银行工作了十年。", ("宁波市商业银行", "Organization"), ("宁波市", "Place")),  # a place's local bank
        ("他在余姚市农村信用社工作。", ("余姚市农村信用社", "Organization"), ("余姚市农村", "Place")),
        ("他的老家在历城区王家堡。", ("历城区王家堡", "Place"), ("历城区", "Place")),  # a village named after a family
        ("他来自河北省李家庄。", ("河北省李家庄", "Place"), ("李家庄", "Person")),
        ("他在中山路站下车。", ("中山路站", "Place"), ("中山路", "Place")),  # a station named after its street
    ],
)
def test_local_banks_family_villages_and_stations(res: Resources, text: str, expected: tuple[str, str], absent: tuple[str, str]) -> None:
    found = _mentions(res, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text", ["国内商业银行纷纷降息。", "美国商业银行的利润上升。", "他在中山路站着等车。"])
def test_kinds_of_bank_and_standing_name_nothing_new(res: Resources, text: str) -> None:
    found = {t for t, _ in _mentions(res, text)}
    assert not {w for w in found if w.endswith(("银行", "站"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("商务部外资司今天发布了新的统计数据。", ("商务部外资司", "Organization")),  # a ministry's department
        ("民政部社会事务司近日印发通知。", ("民政部社会事务司", "Organization")),
        ("中国驻日本大使馆提醒在日公民注意安全。", ("中国驻日本大使馆", "Organization")),  # a country's office abroad
        ("新华社驻京记者站报道了此事。", ("新华社驻京记者站", "Organization")),
        ("上海分行的工作人员介绍了流程。", ("上海分行", "Organization")),  # a branch named by its place
        ("南京市交通局规划处处长李立介绍了情况。", ("南京市交通局规划处", "Organization")),  # a bureau's department
        ("市教育局办公室发布通知。", ("市教育局办公室", "Organization")),
    ],
)
def test_offices_named_from_the_body_they_belong_to(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text)


@pytest.mark.parametrize(("text", "body"), [("商务部对该公司进行调查。", "商务部"), ("公安局处理了此案。", "公安局"), ("公安局科学办案。", "公安局")])
def test_a_body_before_a_word_that_goes_on_keeps_its_own_name(res: Resources, text: str, body: str) -> None:
    """公司, 处理, 科学 are words of their own, no department's ending."""
    assert {t for t, kind in _mentions(res, text) if kind == "Organization"} == {body}


def test_a_guest_after_a_title_is_a_person_and_a_known_club_opens_no_address(res: Resources) -> None:
    """做客 is a team playing away and a guest on a show: after a word for people, the guest."""
    assert ("韦东", "Person") in _mentions(res, "星光置业副总裁韦东做客本台直播间。")
    found = _mentions(res, "曼联做客斯坦福桥，主教练穆里尼奥表示满意。")
    assert ("曼联", "Organization") in found
    assert not [t for t, kind in found if kind == "Place" and "曼联" in t]  # 曼联/ns is a club, no piece of an address


@pytest.mark.parametrize("text", ["金融：今年的利润很好。", "北京：今天的天气很好。"])
def test_a_heading_before_a_colon_is_no_speaker(res: Resources, text: str) -> None:
    assert not [t for t, kind in _mentions(res, text) if kind == "Person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("游戏评级机构PEGI公布了新标准。", ("PEGI", "Organization")),  # a body's head noun right before the name
        ("Zynga股价大跌。", ("Zynga", "Organization")),  # what only firms have, right after it
        ("Ubisoft官网公布了新作。", ("Ubisoft", "Organization")),
    ],
)
def test_a_latin_name_typed_by_the_words_around_it(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他是乔治二世和克利普拉的儿子。", ("克利普拉", "Person")),  # 和克利/nz: the conjunction glued to the first part
        ("他是挪威英格丽德公主的儿子。", ("英格丽德", "Person")),  # a country, then a princess (no place in the country)
    ],
)
def test_foreign_names_the_segmenter_glues_or_places(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("赛季初，这支球队连败三场。", "季初"),  # the start of a season, no name
        ("那座老宅建于上世纪初。", "纪初"),
        ("这座教堂是典型的巴洛克风格。", "巴洛克"),  # a style
    ],
)
def test_periods_and_styles_are_no_people(res: Resources, text: str, absent: str) -> None:
    assert (absent, "Person") not in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lindqvist在接受媒体采访时表示，公司不会放弃这个系列。", "Lindqvist"),  # an interview, a few characters after the name
        ("对此Ravel感觉比赛还没有结束。", "Ravel"),  # feeling: only people
    ],
)
def test_a_latin_name_before_what_only_people_do(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(("text", "expected"), [("育碧公司在上周公布了新作。", "育碧公司"), ("华为集团化运营已有多年。", "华为")])
def test_a_known_company_and_the_bare_word_for_one(res: Resources, text: str, expected: str) -> None:
    """育碧 / 公司: the segmenter's two words are one name (not 集团化, a word of its own)."""
    assert (expected, "Organization") in _mentions(res, text)


@pytest.mark.parametrize(("text", "expected"), [("WCG组委会发布了赛程。", "WCG组委会"), ("本届奥运会组委会发布了通知。", "奥运会组委会")])
def test_an_organizing_committee_is_named_after_its_event(res: Resources, text: str, expected: str) -> None:
    assert (expected, "Organization") in _mentions(res, text)


def test_a_word_of_a_match_report_before_a_team_is_no_part_of_it(res: Resources) -> None:
    """本赛季/nr / 富勒姆: the segmenter's name tag on a word of match reports joins no name."""
    found = _mentions(res, "本赛季富勒姆与布莱克浦都表现不佳。")
    assert ("富勒姆", "Organization") in found and not [t for t, _ in found if t.startswith("本赛季")]


@pytest.mark.parametrize(("text", "place"), [("距离华苑小区仅300米的地方有一所学校。", "华苑小区"), ("项目靠近星河公园。", "星河公园")])
def test_a_word_of_distance_opens_no_place(res: Resources, text: str, place: str) -> None:
    assert (place, "Place") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_place"),
    [
        ("韩明是韩国栋的儿子。", ("韩国栋", "Person"), "韩国栋"),
        ("他住在北京市朝阳区望京花园3栋。", ("北京市朝阳区望京花园3栋", "Place"), ""),
    ],
)
def test_a_buildings_unit_needs_its_number(res: Resources, text: str, expected: tuple[str, str], not_place: str) -> None:
    """栋, 座, 层 count something (3栋, A座): after a country with no number, 韩国 / 栋 is a person's name."""
    found = _mentions(res, text)
    assert expected in found
    assert (not_place, "Place") not in found


@pytest.mark.parametrize(("text", "name"), [("方正集团是一家公司。", "方正集团"), ("宣武医院的医生说。", "宣武医院")])
def test_a_dictionary_word_for_a_named_body(res: Resources, text: str, name: str) -> None:
    """方正集团/n is one word of the dictionary's; its head alone is a name (方正/nr), so the word names a body."""
    assert (name, "Organization") in _mentions(res, text)


def test_a_dictionary_word_for_a_kind_of_body_names_none(res: Resources) -> None:
    assert not [t for t, top in _mentions(res, "他在保险公司上班。") if top == "Organization"]


@pytest.mark.parametrize(("text", "name"), [("本作采用的是Northwind开发的引擎。", "Northwind"), ("Acme总裁汤姆出席了发布会。", "Acme"), ("据说Fabrikam总部设在西雅图。", "Fabrikam")])
def test_a_latin_word_before_what_only_firms_do_or_have(res: Resources, text: str, name: str) -> None:
    """X开发的, X总裁, X总部: a one-word Latin-script name is a company by what follows it."""
    assert (name, "Organization") in _mentions(res, text)


def test_a_word_of_hearsay_opens_no_founded_name(res: Resources) -> None:
    """据说 / 远帆物流 / 总部设在: the clause opens after the word of hearsay."""
    found = _mentions(res, "据说远帆物流总部设在西雅图。")
    assert ("远帆物流", "Organization") in found and not [t for t, _ in found if t.startswith("据")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("集团简介远帆集团始建于2003年，是一家物流企业。", "远帆集团"),  # a heading of two words before the name
        ("Fabrikam于2012年成立于瑞典。", "Fabrikam"),  # a Latin-script name opening the sentence, founded in a country
    ],
)
def test_more_founded_names(res: Resources, text: str, name: str) -> None:
    assert (name, "Organization") in _mentions(res, text)


@pytest.mark.parametrize("text", ["同年在香港设立分公司。", "他们在杭州成立研究会。", "公司在上海开设办事处。"])
def test_a_verb_of_setting_up_is_no_part_of_a_name(res: Resources, text: str) -> None:
    """在某地设立分公司: what is set up is no body named after the place and the verb."""
    assert not [t for t, top in _mentions(res, text) if top == "Organization"]


@pytest.mark.parametrize(
    ("text", "office"),
    [("鄞州区综治办昨天发布通知。", "鄞州区综治办"), ("桐庐县扶贫办今年开展了调研。", "桐庐县扶贫办"), ("余杭区发改委主任出席会议。", "余杭区发改委")],
)
def test_an_areas_office_named_by_an_abbreviation(res: Resources, text: str, office: str) -> None:
    assert (office, "Organization") in _mentions(res, text)


@pytest.mark.parametrize("text", ["杭州市举办了运动会。", "宁波市承办了比赛。"])
def test_a_verb_ending_in_ban_after_a_city_is_no_office(res: Resources, text: str) -> None:
    assert not [t for t, top in _mentions(res, text) if top == "Organization"]


@pytest.mark.parametrize(("text", "armies"), [("俄军和英军在边境对峙。", {"俄军", "英军"}), ("美军事基地扩建了。", set()), ("这是道德军人的榜样。", set())])
def test_a_countrys_army_by_its_one_character_form(res: Resources, text: str, armies: set[str]) -> None:
    """俄军: a country's one-character form and 军 is its armed forces; 美 / 军事 and 道德 / 军人 are none."""
    assert {t for t, top in _mentions(res, text) if top == "Organization"} == armies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("史蒂夫·科兹尼亚克于1976年创办了公司。", "史蒂夫·科兹尼亚克"),  # the last character glued to 于 after it
        ("玛丽·居里与丈夫皮埃尔·居里一起工作。", "皮埃尔·居里"),  # a kin word's last character is no part of the name
    ],
)
def test_names_kept_whole_against_the_words_around_them(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


def test_the_end_of_a_word_before_furen_is_no_surname(res: Resources) -> None:
    """王 / 中山/ns / 夫人: 山 ends a word of the segmenter's, no surname with a consort's title (no 山夫人)."""
    assert ("山夫人", "Person") not in _mentions(res, "林慧，王中山夫人。")


def test_a_name_after_qi_and_a_kin_character_glued_to_its_surname(res: Resources) -> None:
    """其 / 女王/n 雪红: 其女 and a name, the segmenter's 女王 notwithstanding."""
    assert ("王雪红", "Person") in _mentions(res, "王永年晚年退居幕后，其女王雪红创立了一家公司。")


@pytest.mark.parametrize(("text", "firm"), [("林海峰与吴佳共同创办了星河科技。", "星河科技"), ("林海峰与吴佳共同创办了星河科技公司。", "星河科技公司")])
def test_a_founded_firm_named_by_an_ordinary_word(res: Resources, text: str, firm: str) -> None:
    """创办了 / 星河/n / 科技 (/ 公司): after a founding verb a word of the dictionary's names the firm too."""
    assert (firm, "Organization") in _mentions(res, text)


@pytest.mark.parametrize("text", ["他创办了文化科技。", "他创办了网络科技公司。"])
def test_a_founded_line_of_business_alone_names_no_firm(res: Resources, text: str) -> None:
    assert not [t for t, top in _mentions(res, text) if top == "Organization"]


@pytest.mark.parametrize(("text", "school"), [("清华大学的前身清华学堂始建于1911年。", "清华学堂"), ("岳麓书院始建于北宋。", "岳麓书院")])
def test_old_schools_by_their_endings(res: Resources, text: str, school: str) -> None:
    assert (school, "Organization") in _mentions(res, text)


def test_a_kind_of_school_after_a_founding_clause_names_none(res: Resources) -> None:
    """创办的新式学校: a new-style school, a description, no name."""
    assert not [t for t, top in _mentions(res, "他们创办的新式学校。") if top == "Organization"]


@pytest.mark.parametrize(
    ("text", "school"),
    [("林晓东被任命为江南理工大学校长。", "江南理工大学"), ("他先后就读于西南联合大学和芝加哥大学。", "西南联合大学"), ("星河大学新一任校长由周明担任。", "星河大学")],
)
def test_school_names_a_region_heads_or_a_verb_joins(res: Resources, text: str, school: str) -> None:
    """江南 / 理工大学, 西南 / 联合/v / 大学: a region word that heads names and 联合 inside one; 新一任 / 校长 names no 新一任校."""
    found = _mentions(res, text)
    assert (school, "Organization") in found
    assert not [t for t, top in found if top == "Organization" and "任" in t]


@pytest.mark.parametrize(
    ("text", "name"),
    [("他迎娶了维多利亚·亚当斯。", "维多利亚·亚当斯"), ("亚当·斯密是经济学家。", "亚当·斯密"), ("约翰·昆西·亚当斯当选总统。", "约翰·昆西·亚当斯"), ("当马库斯·林德伯格离开时。", "马库斯·林德伯格")],
)
def test_dang_inside_a_dotted_name_but_never_opening_one(res: Resources, text: str, name: str) -> None:
    """当 transliterates inside a name (亚当斯) but opens none (当 "when") and ends none before the next word (当选)."""
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(("text", "name"), [("傅雷在上海与朱梅馥结婚。", "傅雷"), ("著名学者荀明在会上发言。", "荀明")])
def test_surnames_the_list_had_missed(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(("text", "name"), [("星河医院院址位于杭州市。", "星河医院"), ("星河中学由周明于1870年集资兴建。", "星河中学")])
def test_a_body_named_by_a_word_of_the_dictionary(res: Resources, text: str, name: str) -> None:
    """星河/n 医院: a dictionary word opening its clause before a body's ending it names."""
    assert (name, "Organization") in _mentions(res, text)


@pytest.mark.parametrize("text", ["事后经医院检查，他并无大碍。", "嘉兴市南湖艺术中学校友会成立了。"])
def test_a_kind_of_body_or_a_word_inside_a_longer_name_names_none(res: Resources, text: str) -> None:
    assert ("艺术中学", "Organization") not in _mentions(res, text) and ("后经医院", "Organization") not in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("伊万卡·特朗普毕业于宾夕法尼亚大学。", "伊万卡·特朗普"), ("日本演员木村拓哉出席了活动。", "木村拓哉")],
)
def test_a_dotted_names_end_before_a_word_and_more_japanese_given_characters(res: Resources, text: str, name: str) -> None:
    """特朗普 / 毕业: the last character opens a word of the dictionary's; 拓 is a Japanese given name's character."""
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("远帆公司由周明远和罗伯特·韦恩于1998年3月创立。", "罗伯特·韦恩"), ("星河汽车前董事长卡洛斯·莫拉于2019年离职。", "卡洛斯·莫拉")],
)
def test_a_dotted_name_glued_to_the_preposition_of_a_date(res: Resources, text: str, name: str) -> None:
    """韦恩于/nr 1998年: 于 before a date is the preposition, no part of the name (于 transliterates elsewhere)."""
    found = _mentions(res, text)
    assert (name, "Person") in found and (name + "于", "Person") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [("时任星河大学校长的周明远主持了典礼。", "星河大学"), ("时任星河银行行长的林慧出席了会议。", "星河银行"), ("身为远帆集团董事长的赵刚表示满意。", "远帆集团")],
)
def test_a_word_saying_when_the_post_was_held_opens_no_name_and_a_bank_before_its_head(res: Resources, text: str, name: str) -> None:
    """时任/n is no part of the name after it; 星河/n 银行行长: a bank its head's title names, like a university."""
    found = _mentions(res, text)
    assert (name, "Organization") in found and ("时任" + name, "Organization") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [("球队新帅达维德今天抵达训练基地。", "达维德"), ("下半场比赛中，马尔科维奇打入制胜球。", "马尔科维奇")],
)
def test_a_player_in_a_match_report_by_his_title_or_what_he_did(res: Resources, text: str, name: str) -> None:
    """新帅 before a transliterated name, 打入 after it: a coach, a scorer, not a team."""
    found = _mentions(res, text)
    assert (name, "Person") in found and (name, "Organization") not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("周立远，物理学家；其父周武之为数学家。", "周武之", "Person"),  # 之 ends a given name before a copula
        ("林慧的父亲吕国和是星河集团的董事长。", "吕国和", "Person"),  # so does 和: no conjunction comes before a copula
        ("宋明慧，祖籍海南文昌，生于上海。", "文昌", "Place"),  # a province, then a name: a place in it, no person 海南文昌
        ("星河集团总部在杭州。", "星河集团", "Organization"),  # a word of the dictionary before a naming ending, before 总部
    ],
)
def test_a_given_name_ending_in_zhi_a_place_after_its_province_and_a_group_before_its_seat(res: Resources, text: str, name: str, kind: str) -> None:
    assert (name, kind) in _mentions(res, text)


def test_zhi_before_a_kin_word_is_possessive(res: Resources) -> None:
    """某某之妾: 之 before a noun is "of", no part of the name."""
    found = _mentions(res, "周明是王刚之妾林慧所生。")
    assert ("王刚", "Person") in found and ("王刚之", "Person") not in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("星河集团总部位于宁波，周立远曾长期担任董事长。", "", "曾长期"),  # 曾/d 长期/d: an adverb before an adverb word, no name
        ("远帆集团总部位于绵阳，赵勇刚自2016年起任集团董事长。", "远帆集团", "起任集团"),  # 起任/v: the verb of a post opens no firm
        ("郁明于2017年6月接任董事会主席。", "郁明", ""),  # a rare surname, then 于 a date and what only people do
    ],
)
def test_adverbs_and_the_verb_of_a_post_name_nothing_and_a_date_after_yu_cues_a_name(res: Resources, text: str, name: str, absent: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert (not name or name in found) and absent not in found


@pytest.mark.parametrize(
    ("text", "place", "absent"),
    [
        ("公司将在宁波建设一座高度超过500米的大楼。", "宁波", "宁波建设一座"),  # 一座: one building, a count
        ("事件发生在绍兴市一处车站附近。", "绍兴市", "绍兴市一处车站"),
        ("近日，浙江省宁波市鄞州区一小区发生火灾。", "浙江省宁波市鄞州区", "浙江省宁波市鄞州区一小区"),  # "a housing estate in the district"
        ("宁波市海曙区中山路一号楼发生火灾。", "宁波市海曙区中山路一号楼", ""),  # a house number written with 一 still is one
    ],
)
def test_a_count_with_yi_is_no_piece_of_an_address(res: Resources, text: str, place: str, absent: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert place in found and absent not in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("周明远现身东京大学，担任该校客座教授。", "东京大学", "周明远现身东京大学"),  # a whole name of the dictionary's stops at a person's name
        ("星野堂社长古川太郎在财报会议上确认了消息。", "", "星野堂社"),  # 社长 is a firm's president, no 社 of a name
        ("远帆基金旗下基金经理张坤管理的规模缩水。", "", "张坤管理"),  # a person's full name is no trade name
        ("主教练蔡斌率中国女排昨日抵达安卡拉。", "蔡斌", "蔡斌率"),  # 率 "lead" before the body led, no part of the name
        ("今年将会同财政局、税务局等部门开展检查。", "财政局", "会同财政局"),  # 会同 "together with": the body starts after it
        ("网传宁波市星光相府董事长周立新在事故中死亡。", "", "网传宁波市星光相府"),  # 网传 "said online" opens the clause, not the name
    ],
)
def test_names_that_stop_at_a_person_or_a_title(res: Resources, text: str, name: str, absent: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert (not name or name in found) and absent not in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("国立宁波大学于1938年4月在宁波成立。", "国立宁波大学", "宁波大学"),  # 国立/b heads the official name
        ("宁波大学创办于1898年，初名宁波学堂。", "宁波学堂", "初名宁波学堂"),  # 初名 gives another name, no part of it
    ],
)
def test_a_charter_word_heads_a_name_and_a_word_for_a_former_name_does_not(res: Resources, text: str, name: str, absent: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert name in found and absent not in found


def test_a_preposition_glued_inside_a_titled_name_starts_the_name_after_it(res: Resources) -> None:
    """中国证监会 / 对康美/j / 药业 / 原董事长 某某: the firm is 康美药业, no 中国证监会对康美药业."""
    found = _mentions(res, "中国证监会对康美药业原董事长马兴田作出决定。")
    assert ("康美药业", "Organization") in found and ("中国证监会对康美药业", "Organization") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [("比赛当天，不少球迷从宁波、温州专程赶来观战。", "温州"), ("赛季结束后，球队将移师昆明进行为期一个月的冬训。", "昆明")],
)
def test_a_city_after_a_word_of_going_in_a_match_report_is_the_place(res: Resources, text: str, place: str) -> None:
    """从 / 某市、某市, 移师 / 某市: the places the fans or the team come from or go to, no team (each item of the list)."""
    assert (place, "Place") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [("周明毕业于星河女子大学。", "星河女子大学", ""), ("他毕业于国家体育大学。", "", "国家体育大学")],
)
def test_a_word_of_the_dictionary_and_a_schools_field_before_its_ending(res: Resources, text: str, name: str, absent: str) -> None:
    """星河/n 女子 / 大学: a word naming the school, then its field; 国家 / 体育 / 大学: a kind (国家), no name."""
    found = {m for m, _ in _mentions(res, text)}
    assert (not name or name in found) and (not absent or absent not in found)


@pytest.mark.parametrize("text", ["日本外务省宣布，首相将于下周访问华盛顿。", "文部科学省公布了新的课程标准。"])
def test_a_japanese_ministry_is_a_government_body_not_a_province(res: Resources, text: str) -> None:
    """省 ends Japan's ministries' names (外务省, 文部科学省): bodies the gazetteer holds, no province."""
    found = _mentions(res, text)
    assert any(kind == "Organization" and name.endswith("省") for name, kind in found)
    assert not any(kind == "Place" and name.endswith("省") for name, kind in found)


def test_ri_is_a_given_name_character_and_a_proper_noun_tag_backs_a_common_surname(res: Resources) -> None:
    """黄日华/nz: 日 begins given names too (日华, 日新); the segmenter's proper-noun tag on a common
    surname and two characters backs the name; 5日 / 华盛顿 stays a date."""
    assert ("黄日华", "Person") in _mentions(res, "演员黄日华昨日出席了发布会。")
    assert not any(kind == "Person" for _, kind in _mentions(res, "会议于5日华盛顿时间举行。"))


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("星河中学校长吕松年发给每位新生一本书。", "吕松年", "吕松"),  # 吕松年/nr: the date unit is the name's last character
        ("父亲吕松年得知后，决定送他出国。", "吕松年", "吕松"),  # 吕松/nr 年/m: the segmenter left it a word of its own
        ("周杰年初去了宁波。", "周杰", "周杰年"),  # 年初 "early in the year": a word of its own
        ("同月丁巳日，太子即位。", "", "丁巳日"),  # a day of the sixty-day cycle: a stem and a branch count it
        ("吕建三和林慧是一对夫妻。", "吕建三", "吕建"),  # a numeral before a conjunction counts nothing: the name's last character
        ("王刚三兄弟都是医生。", "王刚", "王刚三"),  # 三兄弟: a count
        ("出狱后的王同，决定重新开始。", "王同", ""),  # a one-character given name that also ends given names, before a pause
        ("1朱秀英毕业于宁波大学。", "朱秀英", "1朱秀英"),  # a list's number before a surname and a given name the segmenter tagged apart
    ],
)
def test_a_date_unit_with_no_number_before_it_ends_a_given_name(res: Resources, text: str, name: str, absent: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert (not name or name in found) and absent not in found


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("英冠第12轮，布里斯托尔城主场2比0击败了对手。", "布里斯托尔城"),  # 城 "City", a word of its own: the club's name takes it
        ("上轮比赛中，诺丁汉森林主场1比1战平了卡莱尔联。", "卡莱尔联"),  # 联 "United" after a word of beating or drawing
        ("本轮英超，某队客场0比3负于伯恩茅斯。", "伯恩茅斯"),  # 伯恩茅/nr 斯/nr: the segmenter cut the name before its last character
    ],
)
def test_a_club_named_with_its_city_or_united_ending_or_cut_by_the_segmenter(res: Resources, text: str, team: str) -> None:
    assert (team, "Organization") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("演员高岛美咲与导演筒井健太在2001年结婚。", ("高岛美咲", "筒井健太")),
        ("小说家五十岚绪美出版了第三部作品。", ("五十岚绪美",)),
        ("棒球选手若林翔马入选了国家队。", ("若林翔马",)),  # not 林翔: the Japanese family name is longer
        ("公卿鹰司辉盛曾任关白，其子鹰司兼纲继承家督。", ("鹰司辉盛", "鹰司兼纲")),  # a court-noble house
        ("记者采访了建筑师宇佐美佳苗。", ("宇佐美佳苗",)),  # a three-character family name
        ("女演员相泽瑞帆出演了这部电影。", ("相泽瑞帆",)),
    ],
)
def test_more_japanese_family_names_and_given_name_characters(res: Resources, text: str, names: tuple[str, ...]) -> None:
    """Common modern family names, clans and court-noble houses, and more given-name characters
    (绪, 马, 盛, 兼, 纲, 佳, 苗, 瑞, 帆): the whole name is one person."""
    found = _mentions(res, text)
    assert all((name, "Person") in found for name in names)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("长野冬奥会于1998年举行。", "长野"),  # a prefecture and a surname: 冬奥会 is one word, no given name
        ("红军向井冈山进发。", "向井"),  # a preposition and the head of a place name
        ("西山公园里游人如织。", "西山"),  # a park's name
    ],
)
def test_a_japanese_family_name_that_is_also_a_place_or_a_word_names_no_person(res: Resources, text: str, family: str) -> None:
    assert not any(kind == "Person" and name.startswith(family) for name, kind in _mentions(res, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("历史沿革江城师范学院，创建于1958年9月。", "江城师范学院"),  # 历史沿革/nr: a section's heading
        ("发展历程星河电子有限公司成立于1995年。", "星河电子有限公司"),  # 发展 / 历程: a heading in two words
    ],
)
def test_a_sections_heading_glued_before_a_name_is_no_part_of_it(res: Resources, text: str, name: str) -> None:
    found = {m for m, _ in _mentions(res, text)}
    assert name in found and not any(m.endswith(name) and m != name for m in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("门店地址：杭州市西湖区文三路259号昌地火炬大厦1号楼5楼", "杭州市西湖区文三路259号昌地火炬大厦1号楼5楼"),  # a building the grammar does not know
        ("物业位置：宁波鄞州大道与天童路交会处东北侧", "宁波鄞州大道与天童路交会处东北侧"),  # a crossing and a side of it
        ("场上位置：前锋", ""),  # no place named in the value: no address
        ("注册地址：宁波市海曙区星河路66号3号楼负责人：王刚", "宁波市海曙区星河路66号3号楼"),  # the next label glued on
        ("场上位置：中锋球衣号码：12效力球队：宁波男篮", ""),  # a value ends at the next label's colon
    ],
)
def test_an_address_labels_value_is_one_place(res: Resources, text: str, place: str) -> None:
    places = {m for m, kind in _mentions(res, text) if kind in ("Place", "City", "Region", "Country")}
    assert (place in places) if place else not places


@pytest.mark.parametrize(
    ("text", "body"),
    [("玛丽·居里研究所位于巴黎。", "玛丽·居里研究所"), ("他参观了托马斯·爱迪生博物馆。", "托马斯·爱迪生博物馆"), ("他参观了列夫·托尔斯泰博物馆。", "列夫·托尔斯泰博物馆")],
)
def test_a_body_named_after_a_person_by_a_dotted_name(res: Resources, text: str, body: str) -> None:
    """玛丽·居里 / 研究所: the dotted name and the ending are one organization, no person."""
    found = _mentions(res, text)
    assert (body, "Organization") in found and not any(kind == "Person" and name != "他" for name, kind in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("耶律楚材是蒙古帝国的大臣。", "耶律楚材"), ("苻坚之子苻宏继位。", "苻宏"), ("富察明瑞，满洲镶黄旗人。", "富察明瑞")],
)
def test_historical_surnames(res: Resources, text: str, name: str) -> None:
    """耶律, 苻, 富察: royal houses and clans that encyclopedia text names people by."""
    assert (name, "Person") in _mentions(res, text)


def test_a_japanese_given_name_ends_before_a_possessive_kin_word(res: Resources) -> None:
    """安达义景 / 之子: 之 and a kin word after the name, no given name 义景之."""
    found = _mentions(res, "其父安达义景之子安达泰盛继承了家业。")
    assert ("安达义景", "Person") in found and ("安达义景之", "Person") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [("吴振男毕业于宁波大学。", "吴振男"), ("律师周亚男出席了听证会。", "周亚男"), ("社长山田章宏出席了发布会。", "山田章宏")],
)
def test_nan_ends_a_chinese_given_name_and_zhang_opens_a_japanese_one(res: Resources, text: str, name: str) -> None:
    """男 (振男, 亚男) is a given-name character; so is 章 in Japanese names (章宏, 章男)."""
    assert (name, "Person") in _mentions(res, text)


def test_no_japanese_given_name_opens_with_zhi(res: Resources) -> None:
    """林 / 远山 / 之子: 远山 is a Japanese family name too, but 之 never opens a given name (幸之助 holds it)."""
    found = _mentions(res, "清代画家林远山之子林航擅长花鸟。")
    assert ("林远山", "Person") in found and ("远山之子", "Person") not in found


@pytest.mark.parametrize(("text", "name"), [("足利义政是室町幕府第八代将军。", "足利义政"), ("北条时宗击退了来犯之敌。", "北条时宗")])
def test_japanese_given_names_of_the_warrior_houses(res: Resources, text: str, name: str) -> None:
    """政, 时 (and 家, 朝, 经, 定 …) are Japanese given-name characters: the whole name, not 利义政 read as a Chinese one."""
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("欧洲三大杯的冠军他都拿过。", "三大杯"),  # a count of cups (the three major ones), no cup's name
        ("玩家在ABC2组队时常常等很久。", "ABC2组队"),  # 组队, 配队, 归队: verbs ending in 队, no team
        ("粉丝质疑ABC2配队机制不公平。", "ABC2配队"),
        ("他在XYZ归队后状态回升。", "XYZ归队"),
    ],
)
def test_counts_of_cups_and_verbs_ending_in_team_name_no_body(res: Resources, text: str, span: str) -> None:
    assert all(m[0] != span for m in _mentions(res, text))


@pytest.mark.parametrize(
    ("text", "name", "top"),
    [
        ("Jack Wilson于2012年创办了Nova Robotics。", "Nova Robotics", "Organization"),  # a Latin name a founding verb founds
        ("田中一郎与佐藤美和于1975年结婚。", "佐藤美和", "Person"),  # 美和于/p: the preposition glued to the given name
        ("演员石原里美于2010年出道。", "石原里美", "Person"),  # 石 / 原里 / 美于/p: only the given name's last character glued to 于
        ("女演员小原由美于1998年结婚。", "小原由美", "Person"),
        ("林慧为当地孩子创办了星河学校。", "星河学校", "Organization"),  # 学校 makes a name of a dictionary word before it
    ],
)
def test_latin_bodies_founded_japanese_names_glued_and_schools(res: Resources, text: str, name: str, top: str) -> None:
    assert (name, top) in _mentions(res, text)


@pytest.mark.parametrize(("text", "span"), [("他在音乐学校学习。", "音乐学校"), ("她在舞蹈学校学过芭蕾。", "舞蹈学校"), ("藤原道隆作为关白执政。", "藤原道隆作")])
def test_kinds_of_school_and_a_verb_after_a_japanese_name_are_no_names(res: Resources, text: str, span: str) -> None:
    assert all(m[0] != span for m in _mentions(res, text))


@pytest.mark.parametrize(
    ("text", "name", "top"),
    [
        ("周立，浙江宁波人，妻林秀英。", "林秀英", "Person"),  # 妻林/n 秀英/nr: the kin word glued to the surname alone
        ("林慧，北京大学法学博士，星河律师事务所合伙人。", "星河律师事务所", "Organization"),  # a law firm named by a dictionary word
        ("他加入了星河会计师事务所。", "星河会计师事务所", "Organization"),
    ],
)
def test_a_wife_after_a_glued_kin_word_and_law_and_accounting_firms(res: Resources, text: str, name: str, top: str) -> None:
    assert (name, top) in _mentions(res, text)


def test_a_preposition_glued_to_the_unit_heading_a_bureau(res: Resources) -> None:
    """从市/n 教育局: the bureau is 市教育局, and 从市 is no city; 到市 the same (到 glued like 从)."""
    found = _mentions(res, "记者从市教育局获悉，今年将新建10所学校。")
    assert ("市教育局", "Organization") in found and not any(m[0] in ("从市", "从市教育局") for m in found)
    assert ("市文化和旅游局", "Organization") in _mentions(res, "市民可以到市文化和旅游局咨询。")


def test_a_name_before_a_count_of_children(res: Resources) -> None:
    """周开明 / 有三个儿子: only people have children, so the name before the count is a person's (开明 a word of the dictionary's)."""
    assert ("周开明", "Person") in _mentions(res, "周开明有三个儿子，长子周立，次子周文。")


@pytest.mark.parametrize("text", ["陈希米出席了当晚的活动。", "蓝为洁亮相红毯。", "吴弱男现身机场。"])
def test_attending_or_appearing_after_a_name_only_people_do(res: Resources, text: str) -> None:
    """出席, 亮相, 现身: a name before them is a person's, with no title or other cue around it."""
    assert (text[:3], "Person") in _mentions(res, text)


def test_xian_ends_a_given_name(res: Resources) -> None:
    """仙 ends women's given names of earlier generations (蕙仙, 静仙): the whole name, not 李蕙."""
    found = _mentions(res, "他的妻子林蕙仙是一位画家。")
    assert ("林蕙仙", "Person") in found and ("林蕙", "Person") not in found


def test_a_kin_word_before_a_consorts_title_is_no_surname(res: Resources) -> None:
    """，母 / 文德皇后林艳 (母文德/nr): the mother's title and her name, no person 母文德."""
    found = _mentions(res, "周立，周文帝第二子，母文德皇后林艳，宗室。")
    assert ("文德皇后", "Person") in found and not any(m[0].startswith("母") for m in found)


def test_a_given_name_whose_last_character_opens_a_word_across_a_cue(res: Resources) -> None:
    """周明/nr 远离/v 婚后: the segmenter read 远离 across the name's end and 离婚 (what only people do): 周明远."""
    found = _mentions(res, "林慧与周明远离婚后独自抚养女儿。")
    assert ("周明远", "Person") in found and ("周明", "Person") not in found


@pytest.mark.parametrize(("text", "absent"), [("他在一家人工智能科技公司工作。", "人工智能科技公司"), ("国内科技公司纷纷跟进。", "国内科技公司")])
def test_a_kind_of_firm_by_its_line_of_business_names_none(res: Resources, text: str, absent: str) -> None:
    """人工智能 / 科技 / 公司, 国内 / 科技 / 公司: a field or a word of the grammar's before the line of business, no trade name."""
    assert all(m[0] != absent for m in _mentions(res, text))


def test_a_school_whose_ending_the_segmenter_glued_to_graduating(res: Resources) -> None:
    """星河 / 大学毕业/n 后: the school is 星河大学, whose ending the segmenter read with 毕业."""
    assert ("星河大学", "Organization") in _mentions(res, "周明远从星河大学毕业后进入银行工作。")


@pytest.mark.parametrize(
    ("text", "name"), [("区法院一审判决被告赔偿10万元。", "区法院"), ("星河证券分析师周明远认为市场将震荡。", "星河证券")]
)
def test_a_units_court_in_one_word_and_a_brokerage_named_by_a_dictionary_word(res: Resources, text: str, name: str) -> None:
    """区法院/n: 区 and the court's ending as one word is the district's court; 星河 / 证券: a brokerage's name."""
    assert (name, "Organization") in _mentions(res, text)


def test_a_citys_citizens_leave_the_city_without_its_unit(res: Resources) -> None:
    """武汉市/ns 民/ng: the segmenter cut 市民 (the citizens) across the city's name; the city is 武汉."""
    found = _mentions(res, "武汉市民纷纷前往观看。")
    assert ("武汉", "Place") in found and ("武汉市", "Place") not in found


def test_a_seat_on_a_committee_is_no_body(res: Resources) -> None:
    """省委常委/j: a member of the provincial committee's standing committee, a post; the city's committee is a body."""
    found = _mentions(res, "省委常委、杭州市委书记林慧参加会见。")
    assert ("省委常委", "Organization") not in found and ("杭州市委", "Organization") in found


@pytest.mark.parametrize(
    "text", ["马丁内斯（Martinez），葡萄牙篮球运动员，司职后卫。", "马丁内斯是一名退役多年的葡萄牙篮球运动员。"]
)
def test_a_name_the_segmenter_tags_a_place_is_a_person_by_the_clause_after_it(res: Resources, text: str) -> None:
    """马丁内斯/ns: a place to the segmenter; its Latin spelling in brackets before the apposition,
    or a copula's clause ending in a word for people (是一名…篮球运动员), makes it a person."""
    assert ("马丁内斯", "Person") in _mentions(res, text)


def test_a_city_the_segmenter_tags_a_name_is_a_place_by_its_kind(res: Resources) -> None:
    """罗萨里奥/nrt 是 阿根廷 第二 大城市: the clause after the copula says what kind of place it is."""
    found = _mentions(res, "罗萨里奥是阿根廷第二大城市，以河港闻名。")
    assert ("罗萨里奥", "Place") in found and ("罗萨里奥", "Person") not in found


def test_the_field_before_a_word_for_people_is_no_name(res: Resources) -> None:
    """女子 / 登山/ns / 运动员: a field before a word for people, not a name after 女子 (nor a mountain)."""
    found = _mentions(res, "陈静是新加坡首位女子登山运动员。")
    assert not {m for m in found if m[0] == "登山"}


def test_a_given_name_opening_with_jia_before_a_kin_word_after_de(res: Resources) -> None:
    """赵家/nrfg 豪/ag 的母亲: 家 opens given names too; a kin word after 的 closes the name (赵家豪), as a pause does."""
    assert ("赵家豪", "Person") in _mentions(res, "赵家豪的母亲是一位京剧演员。")


@pytest.mark.parametrize(("text", "name"), [("阿卜杜拉·汗，巴基斯坦板球运动员。", "阿卜杜拉·汗"), ("影星沙鲁克·汗出席了首映式。", "沙鲁克·汗")])
def test_khan_ends_a_dotted_name(res: Resources, text: str, name: str) -> None:
    """汗 transliterates Khan, a dotted name's last part of one character."""
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("周末我们从昆明坐高铁去大理。", "大理"), ("这批货从义乌发往欧洲。", "义乌"), ("她在延边朝鲜族自治州长大。", "延边朝鲜族自治州"), ("凉山州今年新建了三所学校。", "凉山州")],
)
def test_county_level_cities_and_autonomous_prefectures_are_places(res: Resources, text: str, name: str) -> None:
    """The gazetteer's county-level cities and autonomous prefectures, by their bare names where those are no common words."""
    assert (name, "Place") in _mentions(res, text)


def test_a_citys_name_inside_an_ordinary_word_is_no_place(res: Resources) -> None:
    """大理石 (marble) holds 大理 (a city): the segmenter's word is the marble."""
    assert not {m for m in _mentions(res, "这块大理石产自福建。") if m[0] == "大理"}


def test_a_province_and_a_known_city_before_a_schools_odd_words_open_its_name(res: Resources) -> None:
    """山东 / 潍坊 / 现代/t / 中学: the school's name opens with the province before the city, as 浙江杭州第二中学 does."""
    assert ("山东潍坊现代中学", "Organization") in _mentions(res, "林慧是山东潍坊现代中学的一名教师。")


@pytest.mark.parametrize(("text", "name"), [("楚顷襄王迁都于陈。", "楚顷襄王"), ("韩宣惠王在位二十一年。", "韩宣惠王"), ("秦孝文王即位三日而薨。", "秦孝文王")])
def test_a_state_a_posthumous_name_and_a_rank_name_a_lord(res: Resources, text: str, name: str) -> None:
    """楚顷襄王, 秦孝文王: an old state, a posthumous name and the lord's rank are one ruler (not 秦孝)."""
    assert (name, "Person") in _mentions(res, text)


def test_a_rank_opening_a_word_of_its_own_is_no_lord(res: Resources) -> None:
    """宋文 + 公司: the rank's character opens 公司, no lord 宋文公."""
    assert ("宋文公", "Person") not in _mentions(res, "宋文公司近日在杭州成立。")


def test_a_rulers_verb_before_a_name_is_no_name(res: Resources) -> None:
    """燕昭王 / 任用/v 乐毅: the verb after the ruler's title is no personal name; the one it takes is."""
    found = _mentions(res, "燕昭王任用乐毅为将。")
    assert ("任用", "Person") not in found and ("乐毅", "Person") in found


def test_a_compound_surname_the_segmenter_tags_a_verb_before_a_consorts_title(res: Resources) -> None:
    """独孤/v 皇后: a compound surname and the consort's title name her, whatever the segmenter's tag."""
    assert ("独孤皇后", "Person") in _mentions(res, "北周时，独孤皇后之父任大司马。")


def test_a_post_verb_after_a_body_named_after_zai_is_no_surname(res: Resources) -> None:
    """在 / 星河学院 / 任 / 英语讲师: 任 is the verb of the post, not the surname of 任英语."""
    found = _mentions(res, "周明在星河学院任英语讲师。")
    assert not {m for m in found if m[0].startswith("任")}


def test_the_segmenters_glued_pronoun_and_copula_are_words_of_their_own(res: Resources) -> None:
    """他于/p 2009年 (the pronoun and the preposition), 马晓东/nr 是晓东/nr (the copula before a name
    after a name): split again, so the pronoun is one and the name after the copula is no body's."""
    words = [t.text for t in res.segmenter.tokens("他于2009年辞职，马晓东是晓东教育的创始人。")]
    assert words[:2] == ["他", "于"] and words[words.index("马晓东") + 1 : words.index("马晓东") + 3] == ["是", "晓东"]
    assert [t.text for t in res.segmenter.tokens("王其明是教师。")][0] == "王其明"  # a name's own 其 stays


def test_a_preposition_read_as_a_surname_before_a_known_place_after_a_verb(res: Resources) -> None:
    """出生 / 于柏林/nr: the preposition and Berlin, no person 于柏林."""
    found = _mentions(res, "安娜·贝克尔出生于柏林，后来移居维也纳。")
    assert ("柏林", "Place") in found and ("于柏林", "Person") not in found


def test_a_kin_word_before_a_name_opening_with_a_title_is_no_titled_person(res: Resources) -> None:
    """儿子 / 王子/nr / 轩: the son 王子轩, not 儿子王子 (a title after a kin word); 长孙皇后 keeps her compound surname."""
    found = _mentions(res, "周建平的儿子王子轩今年六岁。")
    assert ("王子轩", "Person") in found and ("儿子王子", "Person") not in found
    assert ("长孙皇后", "Person") in _mentions(res, "周某是某帝的长子，母为长孙皇后。")


def test_a_bare_company_between_a_posts_verb_and_the_post_is_the_company_named_before(res: Resources) -> None:
    """某某现任公司董事长 after a sentence naming the company: 公司 stands for it (not in a text's first sentence)."""
    x = extract(read_document("t", text="星河实业由孙建国于1998年创办。孙建国现任公司董事长。"), res)
    antecedent = {c.mention.text: c.antecedent.text for c in x.coreferences}
    assert antecedent.get("公司") == "星河实业"
    alone = extract(read_document("t", text="孙建国现任公司董事长。"), res)
    assert not [c for c in alone.coreferences if c.mention.text == "公司"]  # no body named before: left unresolved (the graph drops it)
    x = extract(read_document("t", text="远帆教育集团董事长苏明是集团的创始人。"), res)
    assert {c.mention.text: c.antecedent.text for c in x.coreferences}.get("集团") == "远帆教育集团"  # 是 / 集团 / 的 / 创始人


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("导演林京凭借这部电影获奖。", "林京", "林京凭"),  # a tie goes to the name that ends where a word of the dictionary starts (凭借)
        ("卡巴佩接受采访时表示很满意。", "卡巴佩", ""),  # 卡巴/nrt 佩/zg: a character the dictionary holds as no word goes on the name
    ],
)
def test_a_name_ends_before_a_word_it_would_cut_and_runs_on_over_a_rare_character(res: Resources, text: str, name: str, wrong: str) -> None:
    found = _mentions(res, text)
    assert (name, "Person") in found and (wrong, "Person") not in found


def test_a_common_surname_and_a_given_name_ending_in_jun_are_a_person(res: Resources) -> None:
    """罗 / 志军/n: a given name ending in 军 (an army's ending) after a common surname is a person's; 英海军 stays a navy."""
    assert ("罗志军", "Person") in _mentions(res, "罗志军辞去了所有职务。")
    assert ("英海军", "Organization") in _mentions(res, "英海军派出两艘军舰。")


def test_a_school_and_its_department_the_dictionary_holds_as_one_word_leave_the_school(res: Resources) -> None:
    """上海 / 戏剧学院表演系/n: the dictionary's word for a department hid the school; taken out of it, the school is read."""
    assert ("上海戏剧学院", "Organization") in _mentions(res, "林婉2010年考入上海戏剧学院表演系。")


@pytest.mark.parametrize(("text", "name"), [("远帆中学教师王海获得表彰。", "远帆中学"), ("星河公司老总王海表示，今年将扩大生产。", "星河公司")])
def test_a_bodys_ending_glued_to_a_word_for_its_people_leaves_the_body(res: Resources, text: str, name: str) -> None:
    """远帆 / 中学教师/n, 星河 / 公司老总/n: the dictionary's words taken out, the body is read before the word for its people."""
    assert (name, "Organization") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("星河地产旗下三个楼盘本月开盘。", "星河地产", ""),  # a dictionary word, a line of business, and what only a firm has (旗下)
        ("蓝鲸游戏发布公告称，新作将推迟发售。", "蓝鲸游戏", ""),
        ("星河地产的价格一直很高。", "", "星河地产"),  # no firm's cue after them: a word and a line of business, no name
        ("星河科技坐落于宁波高新区。", "星河科技", ""),  # where only a firm (or a place) is said to lie
    ],
)
def test_a_dictionary_word_and_a_line_of_business_before_a_firms_cue_name_a_firm(res: Resources, text: str, name: str, absent: str) -> None:
    found = _mentions(res, text)
    assert (not name or (name, "Organization") in found) and (absent, "Organization") not in found


@pytest.mark.parametrize(("text", "name"), [("万科上半年的销售额有所下降。", "万科"), ("华谊兄弟出品的新片本周上映。", "华谊兄弟"), ("德邦物流扩建了华东仓库。", "德邦物流")])
def test_well_known_firms_of_the_gazetteer_by_the_names_news_uses(res: Resources, text: str, name: str) -> None:
    assert (name, "Organization") in _mentions(res, text)


def test_an_art_academy_by_its_short_name_is_the_gazetteers(res: Resources) -> None:
    """中戏: the short name news uses for 中央戏剧学院, one entity with the full name."""
    x = extract(read_document("t", text="她2012年考入中戏表演系。"), res)
    school = next(m for m in x.mentions if m.text == "中戏")
    assert school.top == "Organization" and res.gazetteer.entries[school.key].zh == "中央戏剧学院"



def test_a_continent_written_against_a_noun_is_an_attribute_as_a_country_is(res: Resources) -> None:
    """北美 / 市场: the continent modifies the word after it (no place of its own); 在北美 / 上映 stays a place."""
    assert ("北美", "Place") not in _mentions(res, "北美市场的销量下滑了。")
    assert ("北美", "Place") in _mentions(res, "该片下月在北美上映。")


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("他是远帆公司董事长赵立林先生的弟弟。", "赵立林", "赵立"),  # 赵立/nr 林先生/nr: Mr. Lin, the segmenter's guess
        ("据韩晓周女士介绍，展览将持续一个月。", "韩晓周", "韩晓"),
    ],
)
def test_a_name_ends_at_the_form_of_address_the_segmenter_glued_to_its_last_character(res: Resources, text: str, name: str, cut: str) -> None:
    found = _mentions(res, text)
    assert (name, "Person") in found and (cut, "Person") not in found, found


def test_a_surname_alone_before_a_form_of_address_is_no_name(res: Resources) -> None:
    """林先生, 周女士: a surname and a form of address name someone, but no name to read (nor does
    the name before 和 take the surname: 李明 / 和 / 周先生)."""
    assert ("李明", "Person") in _mentions(res, "李明和周先生一起去了宁波。")
    assert not {m for m in _mentions(res, "昨天我见到了林先生和周女士。") if m[1] == "Person"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("2019年，她创立了一家名为LinguaLab的初创公司。", "LinguaLab", "Company"),  # a Latin name
        ("他在宁波开了一家叫“青禾”的咖啡店。", "青禾", "Company"),  # quoted, a word of the dictionary
        ("周航创办了一所名叫远志的学校。", "远志", "EducationalOrganization"),  # the kind from the word after 的
    ],
)
def test_a_body_introduced_by_its_name(res: Resources, text: str, name: str, kind: str) -> None:
    x = extract(read_document("t", text=text), res)
    assert (name, kind) in {(m.text, m.type) for m in x.mentions}


def test_a_latin_name_described_by_a_post_after_a_copula_is_a_person(res: Resources) -> None:
    """Jorund Verhoeven 是某大学教授: a Latin name of two words the given names do not know, described
    by a post or a title after 是, is a person's; a body described by a kind of body is not."""
    found = _mentions(res, "Jorund Verhoeven 是宁海大学教授，也是星河科技的首席科学家。")
    assert ("Jorund Verhoeven", "Person") in found
    assert not {m for m in _mentions(res, "Blue Harbor 是一个工程师社区。") if m[1] == "Person"}
    assert not {m for m in _mentions(res, "Blue Harbor 是远帆科技的合伙人。") if m[1] == "Person"}  # a fund is a partner too


def test_a_verb_of_joining_the_segmenter_tags_a_place_opens_no_clubs_name(res: Resources) -> None:
    """某某加盟/ns 某某俱乐部: the club's name starts after the verb, the player before it stays a person."""
    found = _mentions(res, "上个月，周志刚加盟宁海远帆足球俱乐部。")
    assert {("周志刚", "Person"), ("宁海远帆足球俱乐部", "Organization")} <= found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("周海峰曾效力于宁波远帆足球俱乐部。", "周海峰"),  # 曾效力/nr: the adverb and the verb, no one named 曾效力
        ("1925年，教育家杜文澜在宁海创办了一所中学。", "杜文澜"),  # 杜/nr 文澜/nrfg: the surname tagged alone opens the name
    ],
)
def test_an_adverb_glued_to_a_verb_is_no_name_and_a_surname_alone_opens_one(res: Resources, text: str, person: str) -> None:
    assert {m for m in _mentions(res, text) if m[1] == "Person"} == {(person, "Person")}


def test_a_clause_of_a_firms_seat_before_its_founders_is_no_name(res: Resources) -> None:
    """某公司创办于某年，总部设在某市，由某某创办: 总部设在某市 is no organization."""
    found = _mentions(res, "远帆光学仪器公司创办于1993年夏，总部设在宁波市，由周启航与合伙人林书慧共同创办。")
    assert not {m for m in found if "总部" in m[0]}
    assert ("远帆光学仪器公司", "Organization") in found


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("他毕业后任教于光明理工学院。", "光明理工学院"),  # 光明/n 理工学院/nt: a word of the dictionary before the ending with its field
        ("他考入光明师范学院。", "光明师范学院"),
        ("他是一名理工学院的学生。", None),  # the kind alone names no school
        ("他在一所民办理工学院任教。", None),
    ],
)
def test_a_dictionary_word_before_a_schools_field_and_ending_names_the_school(res: Resources, text: str, school: str | None) -> None:
    schools = {m[0] for m in _mentions(res, text) if m[1] == "Organization"}
    assert schools == ({school} if school else set())


@pytest.mark.parametrize(("text", "factory"), [("他在星光机械厂工作。", "星光机械厂"), ("他在一家食品厂工作。", None), ("他在服装厂上班。", None)])
def test_a_dictionary_word_before_a_trade_and_a_factory_ending_names_the_factory(res: Resources, text: str, factory: str | None) -> None:
    firms = {m[0] for m in _mentions(res, text) if m[1] == "Organization"}
    assert firms == ({factory} if factory else set())


@pytest.mark.parametrize(("text", "band"), [("他在青鸟乐队演出。", "青鸟乐队"), ("他组建了一支校园乐队。", None), ("这支乐队很有名。", None)])
def test_a_dictionary_word_before_a_band_ending_names_the_band_unless_counted(res: Resources, text: str, band: str | None) -> None:
    bands = {m[0] for m in _mentions(res, text) if m[1] == "Organization"}
    assert bands == ({band} if band else set())


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("夏季赛决赛中，青鸟战队击败对手。", "夏季赛"),  # 夏季/t 赛: a season's word opens it
        ("抵达县城后，梅岭山就位于城区东南方向。", "梅岭山"),  # what lies somewhere is a place
    ],
)
def test_a_season_or_what_lies_somewhere_is_no_person(res: Resources, text: str, not_a_person: str) -> None:
    assert (not_a_person, "Person") not in _mentions(res, text)


def test_a_firms_role_before_its_registered_name_is_no_part_of_it(res: Resources) -> None:
    found = _mentions(res, "手游《远山》的运营商宁波青帆游艺有限公司今天发布了新版本。")
    assert ("宁波青帆游艺有限公司", "Organization") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Northgate Press是一家成立于1890年的出版社。", ("The Northgate Press", "Organization")),  # described after the copula; the article opens it
        ("他后来进入Pelham Institute of Marine Studies任教。", ("Pelham Institute of Marine Studies", "Organization")),  # lower-case words inside
        ("Hart & Lowell LLP代理了此案。", ("Hart & Lowell LLP", "Organization")),  # an ampersand inside
        ("Greta & Lars是她最喜欢的两个角色。", ("Greta", "Person")),  # an ampersand between two names: two people
    ],
)
def test_latin_bodies_described_after_the_copula_or_joined_by_lower_case_words(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text)
    assert ("Greta & Lars", "Person") not in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者从浙江省宁波市北仑区管委会了解到，新园区将于年底启用。", ("浙江省宁波市北仑区管委会", "Organization")),  # 管委会, an administrative committee
        ("南湖卫视新推出的纪录片收视亮眼。", ("南湖卫视", "Organization")),  # 卫视, a satellite channel
        ("浙江省应急管理委员会办公室部署了汛期值守工作。", ("浙江省应急管理委员会办公室", "Organization")),  # 部署, a verb, ends no name
    ],
)
def test_committees_channels_and_a_verb_ending_in_a_suffix_character(res: Resources, text: str, expected: tuple[str, str]) -> None:
    found = _mentions(res, text)
    assert expected in found
    assert not any(name.endswith("部署") for name, _ in found)


def test_entering_the_market_and_a_city_centre_are_no_places(res: Resources) -> None:
    found = _mentions(res, "观望的买家开始入市，市中心的二手房挂牌量随之减少。")
    assert not {name for name, kind in found if kind == "Place"} & {"入市", "市中心"}


@pytest.mark.parametrize("name", ["亚历山大·科瓦列夫", "大卫·霍洛维茨", "亚历克斯·邓巴"])
def test_a_dotted_name_opening_with_a_common_first_part_outside_the_table(res: Resources, name: str) -> None:
    """亚历山大, 大卫: first parts written with characters (历, 大) the transliteration table leaves out."""
    assert (name, "Person") in _mentions(res, f"据报道，{name}上周抵达了里斯本。")


def test_a_title_after_a_name_is_no_part_of_a_transliterated_run(res: Resources) -> None:
    """周金山/nr 博士: 博 and 士 transliterate elsewhere (博尔特), but 博士 after a name is the person's title."""
    found = _mentions(res, "公司的创始人为周金山博士。")
    assert ("周金山", "Person") in found
    assert not any(name.endswith("博士") for name, _ in found)


def test_a_counted_body_described_with_its_country_is_no_name(res: Resources) -> None:
    """是一家历史悠久的英国赛艇俱乐部: a counter, a description and 的, then a country opening the kind — no body's name."""
    found = _mentions(res, "北湾划艇会是一家历史悠久的英国赛艇俱乐部，至今仍在泰晤士河上训练。")
    assert not any(name.endswith("俱乐部") for name, kind in found if kind == "Organization")


def test_an_immigrant_before_a_name_cues_it(res: Resources) -> None:
    """移民 / 林家/n 骏: a word for people before a name the segmenter cut as a family's (林家)."""
    assert ("林家骏", "Person") in _mentions(res, "这家面包房的创办人为华裔移民林家骏。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("明天起，麓山南路将实行单向通行。", "麓山南路"),  # 麓/ng 山南路/ns
        ("经十路与舜耕路交叉口新装了两处信号灯。", "舜耕路"),  # 与 / 舜/g 耕路
        ("昨夜，江西省九江市濂溪区一处厂房失火。", "江西省九江市濂溪区"),  # 九江市 / 濂/g 溪区
    ],
)
def test_a_bound_morpheme_cut_off_a_places_first_character_opens_it(res: Resources, text: str, place: str) -> None:
    """A one-character morpheme the segmenter tags as no free word (g, ng), after a pause, a preposition or a known place,
    is the place's first character, not a word before it."""
    assert place in {name for name, _ in _mentions(res, text)}


def test_a_district_tagged_a_name_before_a_bodys_word_opens_the_body(res: Resources) -> None:
    """长沙市 / 岳麓区/nr / 交警大队/nt: a word ending in 区 the segmenter tags a name is the district the body is of, no person."""
    found = _mentions(res, "记者从株洲市芦淞区交警大队了解到，该路段下周封闭施工。")
    assert ("株洲市芦淞区交警大队", "Organization") in found


def test_a_trade_name_of_one_character_and_he_opening_the_clause(res: Resources) -> None:
    """嘉/nr 和/c 家具有限公司 opening the sentence: 和 is the trade name's second character (a trade name has two at
    least), not a conjunction; after a pronoun (他和某某公司签约) it still joins."""
    assert ("锦和家居有限公司", "Organization") in _mentions(res, "锦和家居有限公司创办于2003年。")
    assert not any(kind == "Organization" and name.startswith("他") for name, kind in _mentions(res, "他和家具有限公司签了合同。"))


def test_a_players_box_score_after_a_transliterated_name_makes_it_a_person(res: Resources) -> None:
    """In a match report a transliterated name whose clause gives points, rebounds or blocks (砍下32分, 12个篮板) is a
    player's, not a club's."""
    found = _mentions(res, "雄鹿队客场不敌凯尔特人队，安特托昆砍下31分和12个篮板。")
    assert ("安特托昆", "Person") in found and ("安特托昆", "Organization") not in found


def test_qiju_is_no_name(res: Resources) -> None:
    """齐聚 (to gather), which the segmenter may tag a name, is an ordinary word."""
    assert not any(kind == "Person" for _, kind in _mentions(res, "来自各省的代表齐聚南昌，共商合作。"))


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("太原、大同、长治三市今年的降水量均偏少。", {"大同", "长治"}),  # in a list after a known city
        ("大同、太原两地的博物馆将联合办展。", {"大同"}),  # before one
        ("他出生于福建三明，后来去了海南海口。", {"三明", "海口"}),  # after a province
    ],
)
def test_a_citys_name_without_shi_that_is_also_a_word_is_read_where_the_text_places_it(res: Resources, text: str, cities: set[str]) -> None:
    """大同, 长治, 三明, 海口: the gazetteer knows them with 市 only (they are ordinary words too); in a list of places or
    right after a province they are the cities."""
    assert cities <= {name for name, kind in _mentions(res, text) if kind == "Place"}


def test_a_citys_name_without_shi_elsewhere_is_the_ordinary_word(res: Resources) -> None:
    assert not {name for name, kind in _mentions(res, "两家公司的方案大同小异，他说长治久安最重要。") if kind == "Place"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("据悉，千里会计师事务所因审计程序缺失被警告。", "千里会计师事务所"),  # 千里/q
        ("湛蓝资本创始人在年会上发言。", "湛蓝资本"),  # 湛蓝/z
    ],
)
def test_a_trade_name_oddly_tagged_opening_the_clause_before_a_firms_ending(res: Resources, text: str, firm: str) -> None:
    """A two-character trade name the segmenter tags a measure word or a status word (千里/q, 湛蓝/z), opening its clause
    right before a strong ending (会计师事务所, 资本), names the firm."""
    assert (firm, "Organization") in _mentions(res, text)


def test_a_name_ending_in_he_after_a_role_word_is_a_person(res: Resources) -> None:
    """被告人 / 郑长河: after a word for a person's role, a surname and two characters ending in 河 or 山 are a name, no river."""
    found = _mentions(res, "法院公开审理了被告人郑远河涉嫌合同诈骗一案。")
    assert ("郑远河", "Person") in found and ("郑远河", "Place") not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("国家气象中心预计，台风将于明天在沿海登陆。", "国家气象中心"),  # a centre of forecasts is a body, no building
        ("浙江省疾病预防控制中心提醒市民注意防暑。", "浙江省疾病预防控制中心"),
        ("据东川晚报报道，该市今年新增公园十座。", "东川晚报"),  # a newspaper
    ],
)
def test_weather_and_disease_centres_and_newspapers_are_bodies(res: Resources, text: str, body: str) -> None:
    assert (body, "Organization") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据悉，金石明远的现任总裁苏明哲已经辞职。", "金石明远"),  # a president is only an organization's
        ("星海互娱的创始人兼董事长邓启航毕业于中山大学。", "星海互娱"),  # 互娱/v: a line of business the segmenter tags a verb
        ("周立新还担任香港上市公司远帆物流集团的董事长。", "远帆物流集团"),  # a kind of firm described before the name is no part of it
        ("他是民营企业华星电子集团的创始人。", "华星电子集团"),
    ],
)
def test_an_organization_named_by_its_head_or_founder_after_de(res: Resources, text: str, name: str) -> None:
    """某某的董事长 / 某某的创始人: only an organization has a chairman, a president or a founder, so the name
    before 的 and such a word is one, whatever its ending; a kind of firm written before it is no part of it."""
    found = _mentions(res, text)
    assert (name, "Organization") in found
    assert not [t for t, top in found if top == "Organization" and t != name and name in t]


@pytest.mark.parametrize(
    ("text", "kept", "not_read"),
    [
        # a time and an adverb are no part of a department's name (税务局 / 近日开展便民办 is none)
        ("宁波市税务局近日开展便民办证活动。", "宁波市税务局", "近日"),
        # 上线 (goes online) ends in a route's 线 and names no route
        ("这款手游将于下月在东南亚上线。", "东南亚", "上线"),
        # 青少年 is a common word the segmenter may tag a name; it opens no body's name
        ("他在全国青少年科技创新大赛中获得一等奖。", None, "青少年"),
    ],
)
def test_words_that_end_no_department_route_or_body(res: Resources, text: str, kept: str | None, not_read: str) -> None:
    found = _mentions(res, text)
    assert kept is None or kept in {t for t, _ in found}
    assert not [t for t, _ in found if not_read in t]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("周立新，男，1958年出生，浙江宁海人，1982年加入中国共产党。", "宁海人"),  # a county and 人 after the province: where he is from
        ("这支战队官宣新赛季阵容，韩援上单回归。", "韩援"),  # a Korean player signed from abroad, no name
    ],
)
def test_words_read_as_no_person(res: Resources, text: str, not_a_person: str) -> None:
    assert (not_a_person, "Person") not in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "school"),
    [("他在黄泥岗小学读书。", "黄泥岗小学"), ("石牛岗小学校长王明说。", "石牛岗小学")],
)
def test_a_school_named_by_its_village(res: Resources, text: str, school: str) -> None:
    """黄泥 / 岗 / 小学: a common word and a village's last character, words of their own, name the school."""
    assert (school, "Organization") in _mentions(res, text)


def test_a_name_glued_to_the_verb_of_a_post_before_a_name_with_a_note(res: Resources) -> None:
    """张尚龙任/nr 某某（控股）有限公司董事长: the note in parentheses inside the firm's name does not hide the post."""
    assert ("张尚龙", "Person") in _mentions(res, "张尚龙任浙江远帆（控股）有限公司董事长。")


@pytest.mark.parametrize(("text", "name"), [("妮可拉·斯通是球星卡尔的妻子。", "妮可拉·斯通"), ("据报道，娜歌拉·伯恩斯出席了首映式。", "娜歌拉·伯恩斯")])
def test_a_dotted_name_s_first_character_left_alone_by_the_segmenter(res: Resources, text: str, name: str) -> None:
    """妮/zg 歌拉/nrt · 哈特: the first character of a transliterated name, opening its clause, belongs to it."""
    assert (name, "Person") in _mentions(res, text)


def test_a_described_kind_of_firm_is_no_trade_name(res: Resources) -> None:
    """是知名/v 轻食/n 连锁 品牌: a kind of firm described after the copula, no firm called 轻食连锁."""
    for text in ("星河是知名轻食连锁品牌。", "星河是国内知名鲜饮连锁品牌。"):
        assert not [t for t, top in _mentions(res, text) if "连锁" in t]


@pytest.mark.parametrize(
    ("text", "person", "not_a_person"),
    [
        ("周建，西汉名将、舞阳侯周立之子。", "周立", "侯周立"),  # 侯 after a fief, before a full name: the rank
        ("武乡侯诸葛亮率军北伐。", "诸葛亮", "武乡侯"),  # a fief and its rank: a title
    ],
)
def test_a_fief_and_its_rank_name_no_one(res: Resources, text: str, person: str, not_a_person: str) -> None:
    found = _mentions(res, text)
    assert (person, "Person") in found and (not_a_person, "Person") not in found


def test_hou_stays_a_surname_after_a_title(res: Resources) -> None:
    assert ("侯宝林", "Person") in _mentions(res, "相声大师侯宝林登台演出。")


@pytest.mark.parametrize(
    ("text", "person", "not_read"),
    [
        ("董事长周立平代表银行致辞。", "周立平", "银行"),  # someone speaking for the bank: no 某某代表银行, no person 银行
        ("周云，南宋抗金英雄。", "周云", "宋抗金"),  # 南 / 宋抗金/nr: a dynasty cut apart, no surname 宋
        ("两年后周佳怡出生了。", "周佳怡", None),  # 后 before 周: no dynasty (后周) read
    ],
)
def test_words_around_names_that_are_no_part_of_them(res: Resources, text: str, person: str, not_read: str | None) -> None:
    found = _mentions(res, text)
    assert (person, "Person") in found
    assert not_read is None or not [t for t, _ in found if not_read in t]


@pytest.mark.parametrize(
    ("text", "name", "top"),
    [
        ("景区运营方远山旅游开发有限公司创办于1997年秋天。", "远山旅游开发有限公司", "Organization"),  # 运营方: the party, no part of the name
        ("法国画家让-保罗·莫雷于本周二在里昂去世。", "让-保罗·莫雷", "Person"),  # 于本周/nr: a word the preposition opens ends the name
    ],
)
def test_words_that_end_or_open_names_at_their_edges(res: Resources, text: str, name: str, top: str) -> None:
    found = _mentions(res, text)
    assert (name, top) in found
    assert not [t for t, _ in found if t != name and name in t]


def test_fang_stays_a_surname_before_a_post(res: Resources) -> None:
    """方 opens no name after a verb (运营方); as a surname before the verb of a post it is a person's."""
    found = _mentions(res, "2006年，方杰出任远帆置业有限公司总裁一职。")
    assert ("方杰", "Person") in found and ("远帆置业有限公司", "Organization") in found


@pytest.mark.parametrize(
    ("text", "name", "subtype"),
    [
        ("他加盟了大连实德足球俱乐部队。", "大连实德足球俱乐部队", "Organization"),  # 俱乐部 / 队: a club's team, no army unit
        ("他曾在沈阳军区步兵部队服役。", "沈阳军区步兵部队", "GovernmentOrganization"),  # 部队 where no longer suffix ends in its 部
    ],
)
def test_a_suffix_takes_no_character_of_a_longer_suffix_before_it(res: Resources, text: str, name: str, subtype: str) -> None:
    x = extract(read_document("t", text=text), res)
    assert (name, subtype) in {(m.text, m.type) for m in x.mentions}


@pytest.mark.parametrize(
    ("text", "name", "top"),
    [
        ("两国的比赛在温布利举行。", "温布利", "Place"),  # 温布利/nr: a surname and given-name characters, but where it is held
        ("决赛将在伯纳乌举行。", "伯纳乌", "Place"),
        ("在奥兰多召开的年会吸引了三千名会员。", "奥兰多", "Place"),
        ("在刘德华举行演唱会前，歌迷已经排起长队。", "刘德华", "Person"),  # an object after the verb: who holds it
    ],
)
def test_a_name_between_zai_and_a_verb_of_holding_is_where_it_is_held(res: Resources, text: str, name: str, top: str) -> None:
    found = _mentions(res, text)
    assert (name, top) in found and not any(n == name and t != top for n, t in found)


def test_a_fact_box_label_ending_in_an_estates_phase_character_is_no_piece_of_an_address(res: Resources) -> None:
    found = _mentions(res, "出生地：湖南长沙出生日期：1980年5月")  # 出生日期 ends in 期 (某某花园二期), but is the next label
    assert ("长沙", "Place") in found and not any("日期" in n for n, _ in found)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("印度海军接收了从俄罗斯购买的战斗机米格－29K。", "米格"),  # a dash and a number: a model, no person
        ("而南半部是一片山谷。", "南半部"),  # the southern half, no ministry (部)
        ("该省西南部是山区。", "西南部"),
    ],
)
def test_models_and_parts_of_a_place_are_no_names(res: Resources, text: str, not_found: str) -> None:
    assert not_found not in {n for n, _ in _mentions(res, text)}


def test_shi_opens_given_names_but_jiebas_name_over_an_ordinary_word_is_none(res: Resources) -> None:
    found = _mentions(res, "据报道，周国强之子周时远、长女周时雨均已出国。")  # 时 as a given name's first character (李时珍)
    assert {("周时远", "Person"), ("周时雨", "Person")} <= found
    assert not any(t == "Person" for _, t in _mentions(res, "也将会这段时间发售。"))  # 这 / 段时间/nr: 时间, no given name


def test_a_rank_or_count_between_de_and_a_kin_word_still_marks_a_name(res: Resources) -> None:
    found = _mentions(res, "记者见到了郦子木的第三个儿子。")  # 的第三个儿子 as 的儿子: only people have sons
    assert ("郦子木", "Person") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该项目的投资方苏州春兴精工股份有限公司为上市公司。", "苏州春兴精工股份有限公司"),  # 目的 / 投资方: no part of the name
        ("本次活动的主办方杭州星河文化传媒有限公司表示满意。", "杭州星河文化传媒有限公司"),
    ],
)
def test_the_party_a_firm_is_opens_no_part_of_its_registered_name(res: Resources, text: str, name: str) -> None:
    assert (name, "Organization") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "name", "subtype"),
    [
        ("朱琦已出任永隆行长。", "永隆行", "Company"),  # 行长: the head of a bank, no government body
        ("李华是协和院长。", "协和院", "Organization"),
        ("外交部长王毅会见了来宾。", "外交部", "GovernmentOrganization"),
    ],
)
def test_the_body_a_heads_title_names_has_the_kind_the_title_says(res: Resources, text: str, name: str, subtype: str) -> None:
    x = extract(read_document("t", text=text), res)
    assert (name, subtype) in {(m.text, m.type) for m in x.mentions}


def test_an_adverb_the_segmenter_glued_to_a_name_is_no_part_of_it(res: Resources) -> None:
    found = _mentions(res, "朱琦已出任永隆行长。")  # 朱琦已/nr 出任: 已 (already) before what only people do
    assert ("朱琦", "Person") in found and ("朱琦已", "Person") not in found


def test_a_firms_department_named_with_its_function_is_no_ministry(res: Resources) -> None:
    x = extract(read_document("t", text="嘉宾：中信地产营销管理部副经理梁丽红"), res)
    assert ("中信地产营销管理部", "Organization") in {(m.text, m.type) for m in x.mentions}  # 部 after 地产 / 营销


def test_a_title_after_a_note_in_parentheses_still_marks_the_name(res: Resources) -> None:
    found = _mentions(res, "后为萧克（红六军团总司令）夫人。")  # 萧克/nr: a rare surname, 夫人 after the note
    assert ("萧克", "Person") in found


@pytest.mark.parametrize(("text", "name"), [("他早年就读于南洋公学。", "南洋公学"), ("乡绅周氏于光绪年间创办了周氏义学。", "周氏义学")])
def test_old_kinds_of_school_end_a_schools_name(res: Resources, text: str, name: str) -> None:
    x = extract(read_document("t", text=text), res)
    assert (name, "EducationalOrganization") in {(m.text, m.type) for m in x.mentions}


def test_the_state_in_a_head_of_states_title_is_no_organization(res: Resources) -> None:
    found = _mentions(res, "国家主席周立新会见了来访的外国总统。")  # 国家主席: a title, 国家 no body of its own
    assert ("周立新", "Person") in found and not any(n == "国家" for n, _ in found)


def test_bowuyuan_ends_a_museums_name(res: Resources) -> None:
    found = _mentions(res, "南京博物院院长周立新表示，今年将推出多个展览。")
    assert ("南京博物院", "Organization") in found


def test_a_verb_of_birth_the_segmenter_glued_to_a_name_is_read_whole(res: Resources) -> None:
    tokens = [(t.text, t.pos) for t in res.segmenter.tokens("梅西出生于阿根廷罗萨里奥。")]  # 梅西出/nr 生于/v
    assert ("梅西", "nr") in tokens and ("出生于", "v") in tokens
    assert ("梅西", "Person") in _mentions(res, "梅西出生于阿根廷罗萨里奥。")
    assert [t.text for t in res.segmenter.tokens("武汉市民热情很高。")][:2] == ["武汉", "市民"]


def test_jun_ends_a_countys_name(res: Resources) -> None:
    x = extract(read_document("t", text="罗琳出生于英国格洛斯特郡。"), res)  # a county, not the country alone
    assert "格洛斯特郡" in {m.text for m in x.mentions if m.top == "Place"}


def test_a_place_read_inside_a_declared_short_name_is_part_of_it(res: Resources) -> None:
    found = _mentions(res, "远帆中国控股有限公司，简称远帆中国，是一家房地产开发企业。")  # 中国 inside 远帆中国
    assert ("远帆中国", "Organization") in found and ("中国", "Place") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("记者阿依努尔·阿不都热合曼报道，当地棉花已开始采收。", "阿依努尔·阿不都热合曼"),
        ("教练艾力·买买提说，队员们状态很好。", "艾力·买买提"),
        ("买买提江·吐尔逊毕业于新疆大学。", "买买提江·吐尔逊"),
        ("乌干达长跑名将约书亚·切普特盖伊将参加比赛。", "约书亚·切普特盖伊"),  # 书 of a Western name the table lacks
        ("沙特外交大臣费萨尔·赛义德抵达北京。", "费萨尔·赛义德"),
    ],
)
def test_uyghur_kazakh_and_arabic_names_inside_a_dotted_name(res: Resources, text: str, name: str) -> None:
    # 不, 买, 合, 江, 义 …: no transliteration characters elsewhere, but inside a dotted name the dot is the evidence
    assert (name, "Person") in _mentions(res, text)


def test_a_word_before_a_dot_is_no_first_part_of_a_name(res: Resources) -> None:
    found = _mentions(res, "他说不·约翰逊是对的。")
    assert not any(text.startswith("不") for text, _ in found)


def test_a_researcher_named_before_the_title(res: Resources) -> None:
    # 研究员 after a name is a title, as 教授 and 院士 are (the segmenter cuts the rare compound surname: 闾/nr 丘岚/nr)
    assert ("闾丘岚", "Person") in _mentions(res, "化学所的闾丘岚研究员介绍，新材料已投产。")


def test_a_director_general_before_a_name(res: Resources) -> None:
    # 总干事 is a post, as 秘书长 is: the name after it is a person's even when its characters are a transliteration's
    assert ("何塞德", "Person") in _mentions(res, "国际劳工组织总干事何塞德在日内瓦会见了代表团。")
    assert ("贝拉明", "Person") in _mentions(res, "红十字国际委员会副总干事贝拉明在会上发言。")


def test_a_word_for_people_ending_the_segmenters_word_before_a_transliteration(res: Resources) -> None:
    # 德国总理/nr 默茨/nrt: the segmenter glued the country to the post; the post still vouches for the two characters after it
    assert ("默茨", "Person") in _mentions(res, "德国总理默茨与法国总统马克龙在柏林会晤。")
    assert ("萨拉", "Person") in _mentions(res, "芬兰总理萨拉与瑞典首相在斯德哥尔摩会面。")


def test_a_known_company_inside_the_segmenters_word_of_a_country_and_a_kind(res: Resources) -> None:
    # 美国微软公司/n is one word of the segmenter's dictionary: the company the gazetteer knows is read inside it
    found = _mentions(res, "美国微软公司由比尔·盖茨和保罗·艾伦于1975年创立。")
    assert any(text.endswith("微软公司") and kind == "Organization" for text, kind in found)


def test_a_verb_of_naming_opens_no_registered_name(res: Resources) -> None:
    # 这家名为 / 某某餐饮管理有限公司 的企业: the name is what follows 名为
    found = _mentions(res, "这家名为洛邑老字号餐饮管理有限公司的企业由本地人周凡创办。")
    assert ("洛邑老字号餐饮管理有限公司", "Organization") in found
    assert not any(text.startswith("名为") for text, _ in found)


def test_a_common_word_ending_in_a_places_ending_is_no_part_of_the_place(res: Resources) -> None:
    # 家乡, 故乡 end in 乡 (a township's ending): 她的家乡 / 大连 names 大连, not a place 家乡大连
    found = _mentions(res, "退休后，周岚搬回了她的家乡锦州。")
    assert ("锦州", "Place") in found and not any(text.startswith("家乡") for text, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("瑞典门将约翰·林德斯特伦本赛季为哥德堡队出场三十次。", "约翰·林德斯特伦"),  # 本赛季/nr glued to a dotted name
        ("比约森本赛季打进了二十个进球。", "比约森"),  # … and to one without a dot: what follows it still cues the player
    ],
)
def test_a_word_of_a_match_report_after_a_name_is_no_part_of_it(res: Resources, text: str, name: str) -> None:
    found = _mentions(res, text)
    assert (name, "Person") in found
    assert not any("本赛季" in t for t, _ in found)


def test_a_word_after_a_placed_city_is_a_place_in_it_not_a_person(res: Resources) -> None:
    # 在 / 上海 / 吴淞/nr 创办: the segmenter's name tag on a place inside the city named after 在
    found = _mentions(res, "1932年，周成在上海吴淞开办了一家书局。")
    assert not any(t.startswith("吴淞") and kind == "Person" for t, kind in found)
    assert ("周成", "Person") in found


def test_a_chinese_description_before_a_latin_name_is_no_part_of_the_body(res: Resources) -> None:
    found = _mentions(res, "瑞典家居巨头Hemma集团由拉尔斯·贝里于1962年创立，总部设在韦斯特罗斯。")
    assert ("Hemma集团", "Organization") in found
    assert not any(t.endswith("Hemma集团") and t != "Hemma集团" for t, _ in found)
    assert ("韦斯特罗斯", "Place") in found  # a transliteration after 总部设在 is where the seat is
    assert ("北京ABC公司", "Organization") in _mentions(res, "北京ABC公司成立于2001年。")  # a place before the Latin name stays


def test_a_name_the_segmenter_stopped_a_character_short_before_a_pause(res: Resources) -> None:
    # 长子 / 庄允/nr / 恭/ag / 、: the character left alone before the list's pause is the given name's last
    found = _mentions(res, "族谱记载，他生有二子：长子邹允恭、次子邹允中。")
    assert ("邹允恭", "Person") in found and ("邹允", "Person") not in found


def test_a_name_whose_last_character_the_verb_of_a_post_took(res: Resources) -> None:
    # 邢国/ns 平任/n 总经理: the segmenter glued 任 to the name's last character and tagged the rest a place
    assert ("邢国平", "Person") in _mentions(res, "她现任该公司董事长，其丈夫邢国平任总经理。")


def test_a_transliteration_between_zai_and_a_founding_verb_is_where(res: Resources) -> None:
    found = _mentions(res, "这家连锁企业由卡尔·霍尔姆于1950年在埃斯基尔斯蒂纳创立。")
    assert ("埃斯基尔斯蒂纳", "Place") in found
    assert ("哈里斯", "Person") in _mentions(res, "他在哈里斯创立的公司工作。")  # … but 的 after the verb makes it the founder's


def test_a_kind_of_body_before_a_known_body_is_no_part_of_its_name(res: Resources) -> None:
    # 家具企业 / 宜家由…创立: the founded subject read back over the description stops at the body the gazetteer knows
    found = _mentions(res, "瑞典家具企业宜家由坎普拉德于1943年创立。")
    assert ("宜家", "Organization") in found and not any(t.endswith("企业宜家") for t, _ in found)


def test_a_quoted_name_before_the_founders_clause(res: Resources) -> None:
    # “某某”由某某于某年创立: the quoted words are the name, whatever the segmenter tags them (出行/v)
    assert ("绿舟出行", "Organization") in _mentions(res, "共享单车平台“绿舟出行”由周明于2016年在成都创立。")
    assert not any(kind == "Organization" for _, kind in _mentions(res, "他说“好的”由他负责创立。"))


def test_what_kind_of_body_after_a_founding_clause_is_no_name(res: Resources) -> None:
    # 这家成立于1880年的老牌俱乐部: 老牌 says what kind of club it is; no club named 老牌俱乐部
    found = _mentions(res, "这家成立于1902年的老牌俱乐部近年来已三次夺得联赛冠军。")
    assert not any(kind == "Organization" for _, kind in found)
    assert ("星河科技", "Organization") in _mentions(res, "成立于1998年的老牌星河科技是一家电子企业。")


def test_a_bare_kind_before_a_post_names_no_body(res: Resources) -> None:
    # …华侨教育联合会近日捐赠了图书，联合会主席某某表示: 联合会 takes up the body named before, it is no name
    found = _mentions(res, "槟城华侨慈善联合会近日捐赠了一批图书，联合会主席林国荣表示感谢。")
    assert ("联合会", "Organization") not in found and ("林国荣", "Person") in found


def test_a_country_before_a_players_position_is_his_country_no_team(res: Resources) -> None:
    found = _mentions(res, "浙江队新援、塞尔维亚中卫米洛耶维奇在训练中拉伤大腿，将缺席对阵成都蓉城的比赛。")
    assert ("塞尔维亚", "Organization") not in found and ("米洛耶维奇", "Person") in found


@pytest.mark.parametrize(("text", "place"), [("颜承德回到家乡邹城。", "邹城"), ("他回到故乡凤城，开了一家店。", "凤城")])
def test_a_name_right_after_a_word_describing_a_place_is_the_place(res: Resources, text: str, place: str) -> None:
    """家乡 / 邹城/nr: after 家乡, 故乡, 省会 … the name is the place, no person (家乡 / 人民 names none)."""
    found = _mentions(res, text)
    assert (place, "Place") in found and (place, "Person") not in found
    assert not {t for t, top in _mentions(res, "回到家乡人民的怀抱。") if top == "Place"}


@pytest.mark.parametrize(("text", "person"), [("林譞于1912年创办了育才学堂。", "林譞"), ("周翀于1998年创办了星河书店。", "周翀")])
def test_a_short_name_that_founds_something_in_a_year_is_a_person(res: Resources, text: str, person: str) -> None:
    """林譞/x 于1912年创办: a surname and one rare character, the founder of what follows the year."""
    assert (person, "Person") in _mentions(res, text)


def test_a_surname_standing_alone_before_a_founders_name_stays_part_of_it(res: Resources) -> None:
    """贲 / 卫东/nr 于2008年创办: the founder is 贲卫东, not 卫东."""
    people = {name for name, top in _mentions(res, "由退伍军人贲卫东于2008年创办的南京卫东安保服务有限公司。") if top == "Person"}
    assert people == {"贲卫东"}


def test_a_childs_word_by_birth_order_after_a_name_is_no_part_of_it(res: Resources) -> None:
    """岳飞/nr 长/a 子岳云/nr: 长子 (eldest son) follows the father's name; no 岳飞长."""
    people = {name for name, top in _mentions(res, "岳飞长子岳云随父出征，屡立战功。") if top == "Person"}
    assert people == {"岳飞", "岳云"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("其父王德官至侍郎。", "王德"),  # 官至: rose to the office of
        ("其祖父司马文官至太尉。", "司马文"),
        ("其父王文官拜侍郎。", "王文"),
        ("苏轼先娶王弗，后娶王闰之。", "苏轼"),  # 先娶: first married
    ],
)
def test_a_verb_of_office_or_marriage_after_a_name_is_no_part_of_it(res: Resources, text: str, person: str) -> None:
    people = {name for name, top in _mentions(res, text) if top == "Person"}
    assert person in people and not any(name.startswith(person) and name != person for name in people)


def test_a_two_character_first_part_opening_with_a_character_of_uyghur_or_kazakh_names(res: Resources) -> None:
    """别克·哈力木: 别 (of Kazakh and Uyghur names) and a transliteration character before the dot open the name."""
    assert ("别克·哈力木", "Person") in _mentions(res, "牧民别克·哈力木在阿勒泰放牧。")
    assert not any(name.startswith("努力") for name, _ in _mentions(res, "大家努力·加油。"))


def test_jose_opens_a_dotted_name_whole(res: Resources) -> None:
    """何塞 (José): 何 is no transliteration character elsewhere (如何), but opens the first part before a dot."""
    assert ("何塞·德尔·卡门", "Person") in _mentions(res, "父亲何塞·德尔·卡门是一名工人。")


@pytest.mark.parametrize(("text", "person"), [("胡安·李毕业于马尼拉大学。", "胡安·李"), ("玛丽亚·黄毕业于圣保罗大学。", "玛丽亚·黄")])
def test_a_chinese_family_name_after_a_dot_ends_the_name_before_a_word(res: Resources, text: str, person: str) -> None:
    """胡安·李 / 毕业: a Chinese family name after a Western given name and a dot, then a word of its own."""
    assert (person, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "org"), [("星河交响乐团音乐总监林峰宣布退休。", "星河交响乐团"), ("远帆科技技术总监周明离职。", "远帆科技")]
)
def test_the_function_a_title_heads_is_no_part_of_the_organization_before_it(res: Resources, text: str, org: str) -> None:
    """某乐团 / 音乐 / 总监, 某某 / 科技 / 技术 / 总监: the music or technology the director heads, not the body's name."""
    orgs = {name for name, top in _mentions(res, text) if top == "Organization"}
    assert orgs == {org}


def test_a_kind_of_firm_written_before_its_made_up_trade_name_is_no_part_of_it(res: Resources) -> None:
    """仓储机器人公司 / 星擎/n 科技: the kind of firm, then the firm's own name."""
    assert {name for name, top in _mentions(res, "仓储机器人公司星擎科技完成融资。") if top == "Organization"} == {"星擎科技"}


def test_a_venture_arm_after_a_known_firm_is_one_organization(res: Resources) -> None:
    """高瓴 (known) + 创投: the firm's venture arm, one organization under its entry (as 某某 + 资本)."""
    assert ("高瓴创投", "Organization") in _mentions(res, "本轮由高瓴创投领投。")


def test_the_person_a_post_is_taken_from_is_named_after_mianqu(res: Resources) -> None:
    """免去某某的…职务: only a person is removed from a post (a rare surname needs the cue)."""
    assert ("柏明", "Person") in _mentions(res, "会议决定，免去柏明的副县长职务。")


def test_amazon_alone_is_the_company_and_the_river_a_place(res: Resources) -> None:
    assert ("亚马逊", "Organization") in _mentions(res, "他曾是亚马逊员工，后来自己创业。")
    assert ("亚马逊河", "Place") in _mentions(res, "亚马逊河是世界上流量最大的河流。")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("民营企业星河集团宣布裁员。", "星河集团"),
        ("国内最大民营企业远帆集团成立于1993年。", "远帆集团"),
        ("上市公司青禾集团发布公告。", "青禾集团"),
    ],
)
def test_a_kind_of_firm_before_a_dictionary_word_and_an_ending_describes_the_firm_they_name(res: Resources, text: str, org: str) -> None:
    """民营企业 / 星河 / 集团: the kind is no part of the name, and the word after it names the firm."""
    orgs = {t for t, top in _mentions(res, text) if top == "Organization"}
    assert orgs == {org}, orgs


def test_a_trade_name_in_two_words_the_first_a_proper_noun_before_a_line_of_business(res: Resources) -> None:
    """恒基/nz 兆业/n 地产 集团: the proper noun is the trade name's first half, no place of registration."""
    orgs = {t for t, top in _mentions(res, "周立新是恒基兆业地产集团主席。") if top == "Organization"}
    assert orgs == {"恒基兆业地产集团"}, orgs


def test_a_modifier_of_a_post_after_a_whole_school_leaves_the_school_whole(res: Resources) -> None:
    """某大学 / 名誉 / 校长: the school is the word before the modifier, no 某大学名誉校."""
    orgs = {t for t, top in _mentions(res, "周立新现任天津中医药大学名誉校长。") if top == "Organization"}
    assert orgs == {"天津中医药大学"}, orgs


def test_a_given_name_in_li_the_clever(res: Resources) -> None:
    """俐 (clever) is a given name's character: 巩俐 among the actors, after a rarer surname."""
    assert ("巩俐", "Person") in _mentions(res, "该片由周明执导，巩俐、葛坤主演。")


def test_a_korean_family_name_ju(res: Resources) -> None:
    """具 (Koo) opens Korean names (具本茂); 具有, 具体 stay words."""
    assert ("具光谟", "Person") in _mentions(res, "她是LG集团会长具光谟的妻子。")
    assert not {t for t, top in _mentions(res, "该产品具有很强的竞争力，具体情况由公司介绍。") if top == "Person"}


def test_a_surname_character_before_a_word_for_people_opens_no_name_inside_it(res: Resources) -> None:
    """学者 和 / 企业家: the conjunction 和 and the start of 企业家 are no name (nor 和企业's home)."""
    assert not {t for t, top in _mentions(res, "他是学者和企业家。") if top == "Person"}


def test_a_numeral_before_da_counts_the_great_ones_and_ends_no_name(res: Resources) -> None:
    """唐宋八/nr 大家: 八大家 (the eight great masters), no person 唐宋八."""
    assert not {t for t, top in _mentions(res, "苏洵、苏轼、苏辙皆为唐宋八大家之一。") if top == "Person" and t.endswith("八")}


def test_a_cooperative_is_a_body_and_a_village_name_no_person(res: Resources) -> None:
    """某某蔬菜专业合作社 is an organization; 张庄村/nr (a village's name and 村) is no person."""
    found = _mentions(res, "山东省青州市的菜农周国华于2008年创办了青州绿源蔬菜专业合作社。")
    assert ("青州绿源蔬菜专业合作社", "Organization") in found, found
    assert not {t for t, top in _mentions(res, "村民们在张庄村种植蜜瓜。") if top == "Person"}


def test_a_name_the_segmenter_tags_a_persons_before_a_kind_of_hospital_is_the_hospitals(res: Resources) -> None:
    """阳光/nr 儿童医院/nt: 儿童医院 is a kind of hospital, the word before names this one."""
    assert ("阳光儿童医院", "Organization") in _mentions(res, "他在阳光儿童医院工作。")


def test_hong_kong_and_macau_districts_are_places(res: Resources) -> None:
    """The gazetteer knows Hong Kong's districts and best-known areas (九龙, 尖沙咀, 大埔区 …)."""
    found = _mentions(res, "他在大埔区长大，后来在尖沙咀和旺角开了两家店。")
    assert {("大埔区", "Place"), ("尖沙咀", "Place"), ("旺角", "Place")} <= found, found


@pytest.mark.parametrize("text", ["孟庆华任上海久事（集团）有限公司董事长。", "孟庆华任上海久事集团有限公司董事长。"])
def test_a_name_and_the_verb_of_a_post_glued_into_one_word_open_no_registered_name(res: Resources, text: str) -> None:
    """孟庆华任/nr / 上海久事（集团）有限公司: the person and 任 are no part of the firm's name."""
    found = _mentions(res, text)
    assert ("孟庆华", "Person") in found and not any(t.startswith("孟") for t, top in found if top == "Organization"), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港老牌地产商嘉德置业集团周二公告。", ("嘉德置业集团", "Organization")),  # a kind of trader before the name
        ("吴应贤与友人重修东林书院。", ("东林书院", "Organization")),  # a verb of rebuilding opens the name
        ("深圳市慈善会向灾区捐赠物资。", ("深圳市慈善会", "Organization")),  # 慈善会/nr is a charity's ending
        ("追悼会在上海龙华殡仪馆举行。", ("上海龙华殡仪馆", "Organization")),
        ("茶农向春花与丈夫田大海承包了茶园。", ("向春花", "Person")),  # a farmer's word before the name
        ("阚爽率族人逃往柔然避难。", ("阚爽", "Person")),  # 率 (leads) ends the name
    ],
)
def test_bodies_and_people_in_local_news_and_history(res: Resources, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(res, text), _mentions(res, text)


def test_a_vietnamese_womans_middle_name_thi_and_a_married_womans_surname_and_shi(res: Resources) -> None:
    """阮氏/nr 清香/nr: 氏 is Thị, the given name follows; 其母王氏 and 钱氏认为 stay two characters."""
    assert ("阮氏清香", "Person") in _mentions(res, "越南女星阮氏清香嫁给新加坡富商陈国梁。")
    assert ("黎氏兰", "Person") in _mentions(res, "越南副总理黎氏兰出席会议。")
    assert ("王氏", "Person") in _mentions(res, "其母王氏生于1920年。")
    assert ("石磊", "Person") in _mentions(res, "山东泰山与成都蓉城完成球员互换，石磊转投成都蓉城。")  # a rare surname before a transfer's verb


def test_a_judgments_fan_glued_to_a_names_last_character(res: Resources) -> None:
    """谢国/nr 梁犯/nr 受贿罪: 犯 (committed) ends the name, 谢国梁 is whole."""
    assert ("谢国梁", "Person") in _mentions(res, "广州市中级人民法院一审判决，被告人谢国梁犯受贿罪，判处有期徒刑十年。")


def test_a_monks_dharma_surname_shi(res: Resources) -> None:
    """释 opens a monk's name after his office (方丈释永信, 住持释慧林); 释放, 解释 stay words."""
    assert ("释慧林", "Person") in _mentions(res, "北宋汴京的大相国寺规模很大，住持释慧林深受宋仁宗礼遇。")
    assert not {t for t, top in _mentions(res, "警方释放了嫌疑人，他解释说这是误会。") if top == "Person" and t.startswith("释")}


def test_a_name_ending_like_a_place_before_a_kin_word_is_a_persons(res: Resources) -> None:
    """钟南山/ns 的父亲: 山 ends places, but only a person has a father; 泰山的风景 stays a mountain."""
    found = _mentions(res, "钟南山的父亲钟世藩是著名儿科专家。")
    assert ("钟南山", "Person") in found and ("钟南山", "Place") not in found, found
    assert ("泰山", "Person") not in _mentions(res, "泰山的风景很美。")


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("巴西前锋席尔瓦今夏以4000万欧元转会至瓦伦西亚。", "欧元"),  # a currency before a transfer's verb
        ("据宗谱记载，汪氏始祖于明初由山东迁居安徽。", "汪氏始祖"),  # a clan's founding ancestor, no person 汪氏始祖
        ("汪文和于东晋时由山东迁居安徽歙县。", "东晋"),  # a dynasty with its side, then its time
    ],
)
def test_currencies_clans_and_dynasties_are_no_people(res: Resources, text: str, not_person: str) -> None:
    assert (not_person, "Person") not in _mentions(res, text), _mentions(res, text)


def test_a_name_ending_in_hua_before_wei_is_no_part_of_a_school(res: Resources) -> None:
    """任命熊国华为某中学校长: the segmenter reads 华为 (a known firm, tagged a name) across the name and 为;
    the firm is no parent of the school after a place, the person and the school stay apart."""
    found = _mentions(res, "江西省教育厅宣布，任命熊国华为南昌市第二中学校长。")
    assert {("熊国华", "Person"), ("南昌市第二中学", "Organization")} <= found, found


def test_a_rare_given_character_in_the_segmenters_two_character_name(res: Resources) -> None:
    """苏轼/nr: 轼 is a morpheme of no word of its own, a given name's; 谭惕/nr 吾 stays for the longer name."""
    found = _mentions(res, "苏轼与其弟苏辙同登进士第，后来名满天下。")
    assert ("苏轼", "Person") in found, found


def test_a_given_name_opening_with_xiang_after_a_rare_surname_both_tagged_names(res: Resources) -> None:
    """宫/nr 向东/nr after a post: 向 opens given names (向东, 向阳); 他向东走去 stays a direction."""
    assert ("宫向东", "Person") in _mentions(res, "县委书记宫向东带队赴河北省雄安新区考察学习。")
    assert not {t for t, top in _mentions(res, "他向东走去，公司向北京市政府申请。") if top == "Person" and t != "他"}


def test_a_native_of_a_place_before_a_name(res: Resources) -> None:
    """江西吉安人 / 刘崧: a native of a place introduces the name (崧 is a rare character)."""
    assert ("刘崧", "Person") in _mentions(res, "元至正年间，江西吉安人刘崧以诗名闻于乡里。")


def test_a_name_ending_in_hua_before_the_copula_wei_is_no_huawei(res: Resources) -> None:
    """其父王华为成化年间状元: 王华 and 为 (was), not the firm 华为; 华为发布了新手机 stays the firm."""
    found = _mentions(res, "明代思想家王守仁，浙江余姚人，其父王华为成化年间状元。")
    assert ("王华", "Person") in found and ("华为", "Organization") not in found, found
    assert ("华为", "Organization") in _mentions(res, "华为发布了新手机。")


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("宋朝名相王安石，字介甫，其子王雱早逝。", "王安石", "安石"),  # 名相 (a famous chancellor), no noble title 相王
        ("徐怀瑾早年就读于杭州府中学堂。", "徐怀瑾", "杭州府"),  # a known place and 府, no person
    ],
)
def test_a_chancellor_before_a_name_and_a_prefecture_are_no_titles_or_people(res: Resources, text: str, person: str, not_person: str) -> None:
    found = _mentions(res, text)
    assert (person, "Person") in found and (not_person, "Person") not in found, found


def test_a_dotted_names_last_character_the_segmenter_left_alone(res: Resources) -> None:
    """纳塔拉詹·钱德拉塞卡/nrt 兰/nr。: the last transliteration character is the name's."""
    assert ("纳塔拉詹·钱德拉塞卡兰", "Person") in _mentions(res, "塔塔集团现任董事长为纳塔拉詹·钱德拉塞卡兰。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("橡胶商人丘德明的长女丘雅琳毕业于新加坡国立大学。", "丘德明"),  # 丘, no 邱
        ("歌手周远与昆雅于2012年在台北结婚。", "昆雅"),
        ("深圳某公司由归国博士仉志平在南山创办。", "仉志平"),
        ("律师郄文涛代理了此案。", "郄文涛"),
    ],
)
def test_rarer_surnames_name_people(res: Resources, text: str, name: str) -> None:
    """丘, 昆, 仉, 郄 … are surnames of their own (tier 3: words like 丘陵 and 昆明 keep their meaning)."""
    assert (name, "Person") in _mentions(res, text)
    assert not [m for m in _mentions(res, "昆明市的丘陵地带很多。") if m[1] == "Person"]


def test_a_founders_name_between_by_and_a_date_is_whole_whatever_words_it_holds(res: Resources) -> None:
    """由马得胜于1985年创办: 由 and the date close the name on both sides (得胜 is a word, the name is 马得胜)."""
    assert ("马得胜", "Person") in _mentions(res, "远帆置业由马得胜于1985年创办。")
    assert not [m for m in _mentions(res, "该厂由华侨于1920年捐资创办。") if m[1] == "Person"]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("他本科毕业于俄勒冈州立大学。", "俄勒冈州立大学"),  # 俄勒冈州/ns / 立 / 大学: the state's university
        ("他毕业于肯塔基州立大学。", "肯塔基州立大学"),
        ("他毕业于江苏省立第一师范学校。", "江苏省立第一师范学校"),  # a province's, its school's name going on after 立
        ("宁海县立中学成立于1912年。", "宁海县立中学"),  # a county's
    ],
)
def test_a_state_university_cut_after_the_states_name_is_one_school(res: Resources, text: str, school: str) -> None:
    assert (school, "Organization") in _mentions(res, text)


def test_a_persian_name_with_li(res: Resources) -> None:
    """阿卜杜勒礼萨·法兹里: 礼 (Reza) transliterates, the name is one."""
    assert ("阿卜杜勒礼萨·法兹里", "Person") in _mentions(res, "伊朗驻华大使阿卜杜勒礼萨·法兹里在北京发表了演讲。")


def test_a_tycoons_word_reaching_into_a_foreign_name_and_a_junior(res: Resources) -> None:
    """铁路大亨利兰·福特: 大亨 takes 亨, the name is 利兰·福特; 小利兰·福特 (Junior) keeps its 小."""
    found = _mentions(res, "航运大亨利兰·福特的独子小利兰·福特毕业于哈佛大学。")
    assert ("利兰·福特", "Person") in found and ("小利兰·福特", "Person") in found
    assert ("亨利兰·福特", "Person") not in found


def test_a_studio_is_a_body(res: Resources) -> None:
    """工作室 ends a body's name (星河工作室), as 乐队 does; it is no room of an address. So does 幼儿园,
    however the segmenter tags it (幼儿园/nr)."""
    assert ("星河工作室", "Organization") in _mentions(res, "周明创办了星河工作室。")
    assert ("星河幼儿园", "Organization") in _mentions(res, "周明与妻子林芳于2005年共同创办了星河幼儿园。")
    assert not [m for m in _mentions(res, "星河动画工作室推出了新作品。") if m[1] == "Place"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("宁海市慈善总会会长王丽出席了活动。", "宁海市慈善总会"),  # a federation
        ("宁海市红十字会向灾区捐款。", "宁海市红十字会"),
        ("宁海华人商业总会总会长周明出席。", "宁海华人商业总会"),  # 总会 / 总会 / 长: the president's title cut across, no 总会总会
    ],
)
def test_federations_and_red_cross_societies(res: Resources, text: str, body: str) -> None:
    assert (body, "Organization") in _mentions(res, text)


def test_a_town_that_borders_another_is_no_person(res: Resources) -> None:
    """西与梅林镇接壤: a name ending in 镇 (乡, 县 …) before 接壤 (交界, 毗邻) is a place's, no person's."""
    assert ("梅林镇", "Person") not in _mentions(res, "黄田镇位于宁海县东部，西与梅林镇接壤。")


def test_words_for_people_after_a_country_leave_a_name_ending_in_a_place_character(res: Resources) -> None:
    """德国籍 / 地质学家 / 周远山: read leftwards from 山 the words reach a country, but the words for people
    show 周远山 is a person; a word for people also names 陈家河, which alone (刘家河) is a village's."""
    found = _mentions(res, "德国籍华人地质学家周远山曾在秦岭考察。")
    assert ("周远山", "Person") in found and not [m for m in found if m[1] == "Place" and "周远山" in m[0]]
    assert ("陈家河", "Person") in _mentions(res, "美国籍工程师陈家河毕业于麻省理工学院。")
    assert ("刘家河", "Person") not in _mentions(res, "村民们沿着刘家河一路往北走。")


@pytest.mark.parametrize(
    ("text", "club", "league"),
    [
        ("英超布莱顿足球俱乐部成立于1901年。", "布莱顿足球俱乐部", "英超布莱顿足球俱乐部"),  # (a club the gazetteer knows)
        ("中超宁海远帆足球俱乐部成立于2001年。", "宁海远帆足球俱乐部", "中超宁海远帆足球俱乐部"),  # (one read by its ending)
        ("西甲圣奥尔托足球俱乐部今天宣布主帅下课。", "圣奥尔托足球俱乐部", "西甲圣奥尔托足球俱乐部"),
    ],
)
def test_a_league_before_a_club_is_no_part_of_its_name(res: Resources, text: str, club: str, league: str) -> None:
    found = _mentions(res, text)
    assert (club, "Organization") in found and (league, "Organization") not in found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("据招股说明书，发行人浙江远帆新材料股份有限公司成立于2008年。", "浙江远帆新材料股份有限公司"),
        ("担保人宁波星河置业有限公司承担连带责任。", "宁波星河置业有限公司"),
    ],
)
def test_the_party_a_firm_is_in_an_offering_or_a_contract_is_no_part_of_its_name(res: Resources, text: str, firm: str) -> None:
    assert {m for m in _mentions(res, text) if m[1] == "Organization" and firm in m[0]} == {(firm, "Organization")}


def test_a_town_after_its_district_is_no_person(res: Resources) -> None:
    """鄞州区 / 姜/nr 山镇: a surname the segmenter cut off the town after its district opens the town's name;
    姜山镇 there is no person's."""
    found = _mentions(res, "浙江省宁波市鄞州区姜山镇的果蔬专业合作社今年收购了二百余吨蔬菜。")
    assert ("浙江省宁波市鄞州区姜山镇", "Place") in found and ("姜山镇", "Person") not in found
    assert ("林强", "Person") in _mentions(res, "鄞州区林强表示同意。")


def test_a_class_of_the_school_is_no_person(res: Resources) -> None:
    """某学院 / 高职班: a class (班, 系, 科) right after the school is the school's, no person (高 a surname elsewhere)."""
    assert ("高职班", "Person") not in _mentions(res, "周明2003年进入宁海艺术学院高职班学习配音。")


def test_two_bodies_acting_together_stay_two(res: Resources) -> None:
    """某基金会 / 联合 / 某某基金会: 联合 between two named bodies is a verb (jointly with), no part of one name;
    宣传部 / 联合主办: 主办 after a department is no office (办) of it."""
    found = _mentions(res, "宁海慈善基金会联合远帆公益基金会向灾区捐赠了物资。")
    assert ("宁海慈善基金会", "Organization") in found and ("远帆公益基金会", "Organization") in found
    assert not [m for m in found if "联合" in m[0]]
    found = _mentions(res, "宁海日报社与宁海市委宣传部联合主办的摄影展开幕。")
    assert ("宁海市委宣传部", "Organization") in found and not [m for m in found if m[0].endswith("主办")]


def test_a_place_after_a_verb_of_going_and_its_aspect(res: Resources) -> None:
    """去了趟某地, 到过某地: 了, 过 and a count of trips (趟) between the verb of going and a word the segmenter
    tags a place leave it the place gone to, as 去某地 does."""
    assert ("中山陵", "Place") in _mentions(res, "国庆我们去了趟中山陵。")
    assert ("都江堰", "Place") in _mentions(res, "暑假我们去了趟都江堰。")


@pytest.mark.parametrize(("text", "mill"), [("1902年周德生在无锡创办保兴面粉厂。", "保兴面粉厂"), ("1920年周明在上海创办茂新纱厂。", "茂新纱厂")])
def test_an_older_mill_named_by_its_trade(res: Resources, text: str, mill: str) -> None:
    """某某面粉厂, 某某纱厂: the trades of older mills and works are lines of business, so a name the segmenter
    tags a verb (保兴/v) before one names the mill."""
    assert (mill, "Organization") in _mentions(res, text)


def test_a_foreign_family_name_alone_after_the_full_name(res: Resources) -> None:
    """比尔·盖茨 … 盖茨于1975年…: the family name of a dotted foreign name found before, standing alone later,
    is the same person (and resolution makes them one entity)."""
    x = extract(read_document("x", text="英国作家罗兰·沃森1990年移居加拿大。沃森于1995年创办了星河出版社。"), res)
    assert ("沃森", "Person") in {(m.text, m.top) for m in x.mentions}
    assert any(r.subject.text == "沃森" and r.predicate == "founded" for r in x.relations)


def test_a_relative_named_after_a_sure_name_a_conjunction_and_a_kin_word(res: Resources) -> None:
    """某某与妻子 / 滑某: a name just short of the bar (a rare surname, a place's tag) after a sure name, 与 and a kin
    word is the relative's, as one joined by 与 alone is."""
    assert ("滑静", "Person") in _mentions(res, "林国强与妻子滑静2015年在宁波举行了婚礼。")


def test_a_place_named_after_a_dotted_name_whose_ending_the_segmenter_tagged_a_name(res: Resources) -> None:
    """亚斯纳亚·博利尔纳 / 庄园/nr: the estate's ending closes the dotted name, one place, no person."""
    found = _mentions(res, "作家出生于图拉省亚斯纳亚·博利尔纳庄园。")
    assert ("亚斯纳亚·博利尔纳庄园", "Place") in found and ("亚斯纳亚·博利尔纳", "Person") not in found


def test_a_founder_described_between_by_and_the_name(res: Resources) -> None:
    """由邑人某某于1912年创办: a word for someone from a place (邑人, 乡人, 商人) between 由 and the founder's name, then
    a date and a founding verb, closes the name as 由 alone does."""
    assert ("童伯吹", "Person") in _mentions(res, "宁海中学由邑人童伯吹于1912年创办。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该俱乐部由瑞士人胡安·甘伯于1899年创立。", "胡安·甘伯"),  # 甘伯于/ns 1899年: the date's 于 glued to the family name
        ("他的妻子普莉希拉·陈是一名儿科医生。", "普莉希拉·陈"),  # 陈是/v: a Chinese family name and the copula glued on
    ],
)
def test_a_dotted_name_whose_last_part_the_segmenter_glued_to_what_follows(res: Resources, text: str, name: str) -> None:
    assert (name, "Person") in _mentions(res, text)


def test_a_weekday_after_a_name_is_no_part_of_it(res: Resources) -> None:
    """某某·库克 / 周二/t: 周 opening the weekday after a name is no given name's last character."""
    found = _mentions(res, "星河公司首席执行官艾伦·库克周二抵达北京。")
    assert ("艾伦·库克", "Person") in found and ("艾伦·库克周", "Person") not in found


def test_a_biography_opening_with_a_name_and_a_citizenship(res: Resources) -> None:
    """某某，中国国籍，…: a citizenship after the name opening a biography names a person, as 男 or a year does
    (a rare surname and two characters the segmenter tags interjections: 仉 / 呦/e 呦/e)."""
    assert ("仉呦呦", "Person") in _mentions(res, "仉呦呦，中国国籍，1990年毕业于宁波大学。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("正泰集团由南存辉于1984年创办。", "南存辉"),  # 由南/f 存辉于/n: the given name glued to the date's 于, a word the dictionary lacks
        ("该厂由南建国于1990年创办。", "南建国"),  # (a guard: the segmenter cuts this one otherwise, it passed before too)
    ],
)
def test_a_founder_whose_given_name_the_segmenter_glued_to_the_dates_preposition(res: Resources, text: str, name: str) -> None:
    """由某某于1984年创办 with a rare surname (南): the segmenter's guess for the given name glued to 于 is no ordinary
    word of the dictionary, so it does not count against the name."""
    assert (name, "Person") in _mentions(res, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("星河科技的总部位于广东省深圳市坪山区。", "广东省深圳市坪山区"),  # 坪/ns 山区/ns
        ("这家银行的总部设在杭州市上城区。", "杭州市上城区"),  # 上/f 城区/n
        ("工厂位于新北市土城区。", "新北市土城区"),  # 土/zg 城区/n
    ],
)
def test_a_district_whose_one_character_name_the_segmenter_cut_off_its_unit(res: Resources, text: str, place: str) -> None:
    """After a city, a district's one-character name and its unit glued to a common word (山区, 城区) are one place with
    the city, as any district is."""
    assert any(name == place for name, _ in _mentions(res, text))


def test_a_title_before_a_name_ending_like_a_mountain(res: Resources) -> None:
    """院士 / 沈南山: a title (not only a role) right before a surname and two characters ending in 山 or 河 makes
    them a person, no mountain or river, as 被告人 / 郑长河 does."""
    found = _mentions(res, "中国科学院院士沈南山，1936年出生于江苏南京。")  # 沈南山/ns: one word, the segmenter's place
    assert ("沈南山", "Person") in found and not any(name == "沈南山" and kind != "Person" for name, kind in found)


def test_a_charter_word_opening_a_schools_official_name(res: Resources) -> None:
    """国立 / 交通 / 大学: a charter's word (国立, 省立, 私立 …) and a common word before a school's ending are the
    school's official name, no kind of school (私立 / 寄宿 / 学校 stays a kind)."""
    assert ("国立星河大学", "Organization") in _mentions(res, "张明1990年毕业于国立星河大学。")
    assert not any(name.endswith("学校") for name, _ in _mentions(res, "他就读于私立寄宿学校。"))


def test_a_mills_name_cut_into_characters_after_a_founding_verb(res: Resources) -> None:
    """创办了 / 茂/a 新/a / 面粉厂: two single characters between a founding verb and a trade glued to a body's ending
    are the name the segmenter cut up (a counted kind, 创办了一家面粉厂, names nothing)."""
    assert ("茂新面粉厂", "Organization") in _mentions(res, "周明在宁波创办了茂新面粉厂。")
    assert not any(name.endswith("面粉厂") for name, _ in _mentions(res, "周明创办了一家面粉厂。"))


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("周文远与妻子林慧育有长女周思顺和长子周思成。", "周思顺", "周思"),  # 周思/nr 顺和/nz 长子: 和 before a kin word
        ("周文远的儿子周孔丞现为星河集团董事长。", "周孔丞", "周孔"),  # 周孔/nr 丞现/n 为: an adverb glued on
    ],
)
def test_a_names_last_character_glued_to_what_opens_the_next_clause(res: Resources, text: str, name: str, cut: str) -> None:
    """The segmenter glued a three-character name's last character to the conjunction before a kin word or to the
    adverb after the name, and tagged the first two characters a name: the name has all three."""
    found = _mentions(res, text)
    assert (name, "Person") in found and (cut, "Person") not in found


def test_a_transliterated_name_with_xiao(res: Resources) -> None:
    """肖 transliterates (诺沃肖洛夫, 肖恩): a dotted foreign name holding it is one person, not a name cut at a
    Chinese surname; a Chinese name of 肖 (演员肖战) stays a name."""
    found = _mentions(res, "俄裔物理学家伊万·诺沃肖洛夫毕业于莫斯科大学。")
    assert ("伊万·诺沃肖洛夫", "Person") in found and ("肖洛夫", "Person") not in found
    assert ("肖战", "Person") in _mentions(res, "演员肖战昨天出席活动。")


def test_japanese_family_names_the_list_lacked_and_a_founder_glued_to_by(res: Resources) -> None:
    """Japanese family names the list lacked (野依, 梶田 …) name people; a family name the segmenter glued to 由 before
    a founding date (由大/a 隈/g 重信) is a founder's, but not when no date follows the name (由井深大和 / 盛田昭夫于…)."""
    assert ("野依良治", "Person") in _mentions(res, "日本化学家野依良治毕业于京都大学。")
    assert ("大隈重信", "Person") in _mentions(res, "该校由大隈重信于1882年创立。")
    assert ("井深大和", "Person") not in _mentions(res, "该公司由井深大和盛田昭夫于1946年创立。")
    assert ("藤井辉夫", "Person") in _mentions(res, "该校第31任校长为藤井辉夫。")  # 为藤井辉夫/nr: the copula glued on, after a post


def test_a_wartime_university_and_its_short_name(res: Resources) -> None:
    """西南联合大学 and its short name 西南联大 (the gazetteer's) are one university, no place."""
    assert ("西南联大", "Organization") in _mentions(res, "周明1945年毕业于西南联大。")


def test_a_time_of_day_is_no_name_and_lianke_transliterates(res: Resources) -> None:
    """至凌晨一时: a time of day (凌晨, 傍晚) opening three characters is no surname and given name (周天娜, whose
    first two characters the segmenter takes for a time word, stays a name); 连 transliterates (佩特连科)."""
    assert not any(kind == "Person" for _, kind in _mentions(res, "列车将延长服务时间至凌晨一时。"))
    assert ("周天娜", "Person") in _mentions(res, "1972年周天娜和周英华结婚。")
    assert ("基里尔·佩特连科", "Person") in _mentions(res, "首席指挥基里尔·佩特连科出生于鄂木斯克。")


def test_the_first_founder_before_the_others_left_unnamed(res: Resources) -> None:
    """由某某等人倡议创办: 由, the name, 等人 and a founding verb make the name a founder's, whatever the segmenter cut
    (由施/nr 一公等/m)."""
    assert ("施一公", "Person") in _mentions(res, "星河大学由施一公等人倡议创办。")


def test_a_transliterated_name_before_a_birth_the_segmenter_cut(res: Resources) -> None:
    """莎士比亚/ns 出/v 生于: what only people do after the name, though the segmenter cut across it, makes the
    transliterated word a person, no place."""
    assert ("莎士比亚", "Person") in _mentions(res, "莎士比亚出生于英国。")
    assert ("普京", "Person") in _mentions(res, "普京出生于列宁格勒。")  # two characters, the segmenter's place (普京/ns)
    assert not any(kind == "Person" for _, kind in _mentions(res, "他在津德尔特出生。"))  # after 在: the place's


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("星河公司由杰里·鲍德温和戈登·波克三人共同创立。", "戈登·波克"),  # 波克三人/ns: the count glued to the family name
        ("星河公司由埃勒特尔·伊雷内·杜邦于1802年创立。", "埃勒特尔·伊雷内·杜邦"),  # 由埃勒/ns 特尔/nrt: 由 glued to the first part
    ],
)
def test_a_dotted_name_between_by_and_a_count(res: Resources, text: str, name: str) -> None:
    """A dotted foreign name keeps its first characters the segmenter glued to 由, and loses a count of people (三人)
    glued to its family name."""
    assert (name, "Person") in _mentions(res, text)


def test_the_first_founder_before_the_others_and_a_date(res: Resources) -> None:
    """由某某等人于1919年创办: the others left unnamed, then the date and the founding verb, make the name a founder's."""
    assert ("马侨儒", "Person") in _mentions(res, "星河中学由马侨儒等人于1919年创办。")


def test_a_former_name_in_the_gazetteer_and_a_bureau_of_investment(res: Resources) -> None:
    """轮船招商局, 招商局集团's name of 1872, is the company; a city's 招商局 (a bureau of investment) stays the city's."""
    assert ("轮船招商局", "Organization") in _mentions(res, "李鸿章于1872年奏准创办了轮船招商局。")
    assert ("宁波市招商局", "Organization") in _mentions(res, "宁波市招商局局长周明出席会议。")


def test_a_dotted_name_before_because(res: Resources) -> None:
    """某某·维尔切克 / 因对/p: 因 opening the segmenter's word after the name ("because of") is no part of it; a name
    ending in 因 (施泰因) keeps it."""
    assert ("弗兰克·维尔切克", "Person") in _mentions(res, "物理学家弗兰克·维尔切克因对渐近自由的研究获奖。")
    assert ("弗兰肯·施泰因", "Person") in _mentions(res, "弗兰肯·施泰因是一名医生。")


def test_a_person_who_controls_a_company(res: Resources) -> None:
    """某某 / 控股/v / 的 / 某公司: 控股 read as a verb (controls) after a person's name ends no firm's name; the firm's
    form after a firm's name (海航控股的董事长) still does."""
    found = _mentions(res, "巴西首富若热·莱曼控股的百威英博宣布提价。")
    assert ("若热·莱曼", "Person") in found
    assert not any(text.endswith("控股") for text, _ in found)
    assert ("刘永好", "Person") in _mentions(res, "由刘永好控股的新希望集团发布公告。")
    assert ("海航控股", "Organization") in _mentions(res, "海航控股的董事长陈峰表示。")


def test_a_name_glued_to_where_someone_came_from(res: Resources) -> None:
    """颜宁自/nr 美国普林斯顿大学: the segmenter's name with 自 glued on, a body after it, is the name before 自."""
    assert ("颜宁", "Person") in _mentions(res, "颜宁自美国普林斯顿大学回国后加入深圳医学科学院。")
    assert ("张首晟", "Person") in _mentions(res, "张首晟自美国斯坦福大学回国访问。")


def test_a_name_before_founding_something_somewhere(res: Resources) -> None:
    """许家/m 兴在/p 广州 / 创办: a place after 在 and a founding verb after the place make the words before a name,
    however the segmenter cut them; a known body doing so stays the body."""
    assert ("许家兴", "Person") in _mentions(res, "1994年，许家兴在广州创办了星河地产。")
    assert not any(kind == "Person" for _, kind in _mentions(res, "华为在深圳创立了研究院。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("企业家约翰·奔驰与同事共同创业。", "约翰·奔驰"),  # 奔驰/v: a word of the dictionary's, no transliteration characters
        ("星河公司由马库斯·施华洛世奇于1950年创立。", "马库斯·施华洛世奇"),  # 施华洛/nr 世奇/nr: two name words
    ],
)
def test_a_family_name_the_dictionary_holds_as_a_word(res: Resources, text: str, name: str) -> None:
    """A family name after the dot that the transliteration characters do not cover (a brand named after the family) is
    the name's last part, up to a pause, a function word or the verb after it; a one-character family name glued to the
    copula (某某·黄是) is not read as one."""
    assert (name, "Person") in _mentions(res, text)
    assert ("洛丽·黄", "Person") in _mentions(res, "他与妻子洛丽·黄是在大学读书时认识的。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他的母亲李慧如则在小学教书。", "李慧如"),  # 李慧/nr 如/nr 则/d
        ("父亲张文如则在县城开了一家药铺。", "张文如"),  # 张文/nr 如/nr 则/d
    ],
)
def test_a_name_the_segmenter_cut_into_two_names(res: Resources, text: str, name: str) -> None:
    """A surname and a given character tagged a name, then the last character tagged a name of its own, before the
    clause goes on (则, 在): one name of three characters; a kin word tagged a name before a surname (孙子/nr 陈) is none."""
    assert (name, "Person") in _mentions(res, text)
    assert ("孙子陈", "Person") not in _mentions(res, "他把店交给了在英国读完书回来的孙子陈启航。")


def test_a_name_ending_in_when(res: Resources) -> None:
    """某某时/nr 回到: 时 after a bare name is no "when" (that follows a clause), so the segmenter's name keeps it; before
    a word of time it opens (时任) the name ends before it."""
    assert ("周光时", "Person") in _mentions(res, "星河大学首任校长周光时回到母校作报告。")
    assert ("王明", "Person") in _mentions(res, "王明时任星河公司董事长。")
