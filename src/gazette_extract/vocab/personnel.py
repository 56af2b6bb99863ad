"""Vocabulary for personnel changes (任免) and group rosters, kept as data.

Everything :mod:`gazette_extract.personnel` needs to tell a person from a post lives here:
surnames (a name is a surname + one to three characters), position titles (the end of a post),
organization suffixes (the end of the organization before the title), place and organization
starts (where a post begins when a name runs straight into it: 郭红北京市平谷区…副主任职务),
and the roles printed in rosters (组　长：王成国 区委书记).
"""

from __future__ import annotations

from ..vocab.numerals import CN_ORDINALS

# --------------------------------------------------------------------------------------------
# Surnames
# --------------------------------------------------------------------------------------------

# Compound surnames (复姓): the name is the surname + one or two characters. Example per entry.
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "欧阳明高",
    "司马": "司马义·艾买提 (written 司马义 in rosters)",
    "诸葛": "诸葛宇杰",
    "上官": "上官吉庆",
    "东方": "东方朔",
    "皇甫": "皇甫宜川",
    "尉迟": "尉迟恭",
    "公孙": "公孙胜",
    "慕容": "慕容复",
    "令狐": "令狐安",
    "长孙": "长孙无忌",
    "宇文": "宇文化及",
    "司徒": "司徒华",
    "司空": "司空图",
    "夏侯": "夏侯惇",
    "轩辕": "轩辕明",
    "端木": "端木蕻良",
    "独孤": "独孤信",
    "南宫": "南宫适",
    "西门": "西门豹",
    "呼延": "呼延灼",
    "澹台": "澹台灭明",
    "申屠": "申屠嘉",
    "闻人": "闻人杰",
    "钟离": "钟离权",
    "赫连": "赫连勃勃",
    "拓跋": "拓跋宏",
    "第五": "第五伦",
    # posts18: the rest of the common compound surnames (百家姓), each starting no word of a government text; left
    # out: 微生 (微生物), 濮阳 and 梁丘 (places), 百里 (百里挑一), 单于 (a title), 东门 / 南门 / 西门 words of place
    "万俟": "万俟卨",
    "闾丘": "闾丘露薇",
    "公冶": "公冶长",
    "太叔": "太叔仪",
    "淳于": "淳于髡",
    "仲孙": "仲孙蔑",
    "颛孙": "颛孙师",
    "司寇": "司寇惠",
    "左丘": "左丘明",
    "东郭": "东郭先生",
    "公羊": "公羊高",
    "羊舌": "羊舌肸",
    "亓官": "亓官夫人",
    "漆雕": "漆雕开",
    "公良": "公良孺",
    "乐正": "乐正克",
    "谷梁": "谷梁赤",
}

# Single-character surnames, grouped by how common they are. Names from the sample issues:
# 王勇 郭红 杜菁山 任宝军 沈焱 席崇娜 王征 (任免); 王成国 吴小杰 底志欣 韩小波 (领导小组);
# 尤权 杨元元 刘金国 吉林 王伟 何亚非 蔡旭敏 龚正 葛志荣 杨国庆 朱曙光 马健 (gwy-46 协调委).
#
# Left out on purpose, because as the first character of a clause they far more often start
# a word than a name: 区 (区长任总田长, 区商务局), 国 (国务院), 平 (平谷区), 海 (海淀区),
# 门 (门头沟区), 商 (商务局), 党 (党委书记), 全 (全区), 原 (原任), 同 (同志), 主 (主任),
# 书 (书记), 经 (经研究决定), 和 由 都 但 那 (function words), 时 (时间), 明 (明确),
# 公 (公司), 干 (干部), 管 (管理), 农 (农业), 宣 (宣传部), 支 (支持), 查 (查处), 展 (展开),
# 战 (战略), 相 (相关), 计 (计划), 项 (项目), 位 (位于), 强 (强化), 居 (居民), 来 (来自).
SURNAMES_COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"  # top 50
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚"  # 51–100
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝"  # 101–150
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳柴蒙鲍华喻祁蒲房滕屈饶解牟艾"  # 151–200
)
SURNAMES_LESS_COMMON = (
    "尤阳穆卓古吉缪简麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩佘池麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻"
    "厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰卿狄晋初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母"
    "裘亓修邰赫杭况宿鲜逯隆茹诸慕危玉银亢嵇哈湛宾戎勾茅利於揭尉冶斯束檀衣信阴昝智幸奉植衡富"
    "尧闭底关泮贲仉郏凤"  # 底志欣 (平谷区副组长), 关 (关牧村) …
    "矫"  # 矫勇 (水利部副部长, 国办 2013 领导小组)
    "赖"  # 赖际发 (建筑材料工业部部长, 国务院 1958 议案)
    "洪萧"  # 洪耀坚 (东莞 市卫生局局长, 东府办函〔2003〕248号), 洪声耀 (咸安区); 萧 (萧姓)
    "展"  # 展涛 (原山大校长展涛调任吉林大学校长, 吉林大学校长 2008 — rebyn, probe fit; round 19)
    "连"  # 连维良 (发展改革委副主任, 国办发〔2016〕48号 领导小组)
    # rosters round 14: rare surnames that start no word of a government text (a place's name: 桓台, 谯城, 綦江 are
    # left out) — 绳兰柱 (蠡县地方志指导委员会主任), 绳继萍 (区扫黑除恶专项斗争领导小组副组长, probe fit)
    # 竺 also appointments round 20: 竺延风 (东风汽车公司董事长则由吉林省委原副书记竺延风接任 — gucheng 2015, probe fit)
    "绳荀竺蹇眭郗钮邴隗郇逄缑訾仵宓郄佴厍郦蒯"
    "弓彪"  # 弓元庆 (消防救援大队队长, dev wltqq), 彪明满 (副市长、市禁毒委副主任, dev newsxc)
    "贝"  # rosters round 18: 林贝聿嘉 (a married name: 林 + 贝, 民建联顾问团 2005, dev sunfei110); 贝聿铭
    "甯"  # appoint32: 甯汉豪 (发展局局长由现任常任秘书长甯汉豪出任 — service999 2022, dev; 甯 stays in Simplified)
)
SINGLE_SURNAMES: frozenset[str] = frozenset(SURNAMES_COMMON + SURNAMES_LESS_COMMON)

# Rosters round 14: names without a Han surname as Tibetan and Yi rosters print them — one or two of these
# two-character parts (扎西次仁, 格桑顿珠, 达娃, 尼玛; Yi: 吉克曲布, 阿西阿呷; Mongolian parts of two to four:
# 巴音毕力格). Read only in a roster entry, where the
# name stands whole in an entry (a token, a cell, a bracket's holder: records.rosters._entry_name), never in
# run-together text (扎西镇镇长); a county's roster in Tibet printed so gave no member.
# No part is a word of a government text.
_SYLLABIC_NAME_PARTS_TEXT = (
    # Tibetan (Ü-Tsang, Kham, Amdo spellings)
    "扎西 次仁 格桑 顿珠 洛桑 江村 卓玛 达娃 尼玛 旦增 丹增 索朗 普布 多吉 拉巴 巴桑 益西 白玛 央金 德吉 平措 罗布 边巴 "
    "嘉措 加措 阿旺 强巴 桑珠 坚参 群培 次旦 曲珍 拉姆 旺堆 旺姆 米玛 贡嘎 土登 仁青 仁增 晋美 赤列 欧珠 央宗 卓嘎 扎巴 "
    "琼达 巴珠 索南 才让 才旦 多杰 东主 拉毛 旦正 尕藏 更登 完玛 公保 加羊 昂秀 南加 吉美 泽仁 泽旺 降措 降央 四郎 仁真 "
    "次珠 朗杰 德庆 格列 顿旦 旺久 次央 措姆 卓玛 玉珍 白珍 扎桑 达瓦 洛追 桑布 "
    # Yi (family name, then given name)
    "吉克 阿西 沙马 俄木 吉木 勒格 马海 阿苏 吉伍 海来 曲比 瓦其 吉狄 阿合 俄底 莫色 罗洪 阿说 比曲 "
    "曲布 阿呷 木呷 伍呷 拉且 阿且 尔布 日哈 石者 拉哈 尔古 拉布 子哈 尔哈 阿依 阿约 伍各 阿加 "
    # Mongolian (parts of two or three characters: 巴音毕力格, 乌力吉巴雅尔)
    "巴音 毕力格 乌力吉 巴雅尔 额尔敦 那顺 孟和 斯琴 图雅 其其格 朝鲁 巴图 宝音 阿拉坦 敖其尔 满都拉 苏和 布和 "
    "达来 格日勒 特木尔 吉日嘎拉 乌日图 巴特尔 额尔德尼 呼和 赛音 乌恩 道尔吉 图门 达赖 扎拉 桑布 仁钦 其木格 萨仁"
)
SYLLABIC_NAME_PARTS: frozenset[str] = frozenset(_SYLLABIC_NAME_PARTS_TEXT.split())

# Strings shaped like a name (surname + 1–3 characters) that are words. Each with an example.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "成员",  # 成员为区商务局局长
        "成员单位",  # 成员单位主要负责同志
        "任务",  # 任务为…
        "任期",  # 任期为五年
        "任职",  # 任职期间
        "任何",  # 任何单位
        "任命",  # 任命为…
        "任免",  # 任免如下
        # rev19: words of the tenure after a held post, never the surname 任 opening a name (张三在副市长任内兼任市公安局局长
        # had given the person 任内; 他在副市长任上出任市委书记 the person 任上); 任中华, 任满堂 stay names
        "任内",  # 在副市长任内兼任X
        "任上",  # 在副市长任上出任X
        "任满",  # 副市长任满出任X
        "任满后",  # 副市长任满后出任X
        "任满时",  # 副市长任满时出任X
        "任后",  # 副市长任后出任X
        "任前",  # 副市长任前曾任X
        "任内外",  # 任内外兼任X
        "金融",  # 金融局局长 (a unit, not 金 + 融)
        "高校",  # 高校校长
        "高新",  # 高新区管委会主任
        "市场",  # 市场监管局局长
        "文化",  # 文化旅游局局长
        "文件",  # 文件为…
        "安全",  # 安全部副部长
        "安排",  # 安排为…
        "江苏省",  # 江苏省省长
        "江西省",  # 江西省省长
        "吉林省",  # 吉林省省长
        "云南省",  # 云南省省长
        "应急",  # 应急管理局局长
        "城市",  # 城市管理委员会副主任
        "马坊",  # 马坊地区办事处 (平谷区)
        "金海湖",  # 金海湖地区办事处 (平谷区)
        "渔阳",  # 渔阳地区办事处 (平谷区)
        "其他",  # 其他成员
        "常务",  # 常务副区长
        "执行",  # 执行副主席
        "负责",  # 负责同志
        "晋升",  # 由副局长晋升为局长 (round 11: read as the person 晋升, a false record)
        "升任",  # 由副局长升任局长
        "提拔",  # 提拔为副局长
        "领导",  # 领导小组
    }
)

# --------------------------------------------------------------------------------------------
# Position titles: the last words of a post. Longest match at the end wins, so 副主任 beats
# 主任 and 代区长 beats 区长. Value: a real post that ends with the title.
# Group roles (组长, 副组长, 成员) are deliberately not titles: 区长任总田长 and 担任领导小组组长
# assign a task in a plan, they are not 任免.
# --------------------------------------------------------------------------------------------
TITLES: dict[str, str] = {
    # committees, offices, sub-district offices
    "主任": "北京市平谷区渔阳地区办事处主任",
    "副主任": "北京市平谷区城市管理委员会副主任",
    "常务副主任": "国务院扶贫开发领导小组办公室常务副主任",
    "主任委员": "北京市人大常委会财政经济委员会主任委员",
    "副主任委员": "北京市人大常委会教育科学文化卫生委员会副主任委员",
    # 主任委员 as Taiwan prints it (round 13): 新任…陸委會主委陳明通 / 先由副主委林正義暫代 (台湾 2018, dev yam)
    "主委": "陆委会主委",
    "副主委": "陆委会副主委",
    "委员": "北京市平谷区人民政府教育督导室委员",
    # the posts a town's party committee gives its members (rosters round 5): 陈将君西河镇党委宣传委员
    # (蒙山 2022, dev chacewang)
    "宣传委员": "西河镇党委宣传委员",
    "组织委员": "某镇党委组织委员",
    "纪检委员": "某乡党委纪检委员",
    "统战委员": "某镇党委统战委员",
    "政法委员": "某镇党委政法委员",
    "武装委员": "某乡党委武装委员",
    # round 25: the posts a youth-league or party branch committee gives its members — 明确了各自分工：张旭同志担任组织委员，
    # …何琳同志担任学习委员，李卉同志担任文体委员，陶风屹同志担任青年委员 (国家统计局上海调查总队团委 2017, dev baogaosu)
    "学习委员": "某团委学习委员 (dev baogaosu)",
    "文体委员": "某团委文体委员 (dev baogaosu)",
    "青年委员": "某党支部青年委员 / 某团委青年委员 (dev baogaosu)",
    "保密委员": "某党支部保密委员",
    "生活委员": "某党支部生活委员",
    # 人大代表: the organization is the congress (…人大 / …人民代表大会), the title 代表:
    # 接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务 (南湖 2025)
    "代表": "嘉兴市南湖区第十届人大代表 / 虹口区第十五届人大代表",
    "常委": "区委常委",
    "秘书长": "北京市人民政府秘书长",
    "副秘书长": "国务院副秘书长",
    "行政长官": "香港特區第三任行政長官 (香港/澳门 Chief Executive; xieliaobaba 2007, dev N; round 13)",
    "常任秘书长": "行政長官辦公室常任秘書長 (香港 Permanent Secretary; halfsummer 2024, dev P; round 13)",
    # bureaus, departments, ministries
    "局长": "北京市平谷区商务局局长",
    "副局长": "北京市平谷区商务局副局长",
    "厅长": "河北省财政厅厅长",
    "副厅长": "河北省财政厅副厅长",
    "部长": "财政部部长",
    "副部长": "公安部副部长",
    "部长助理": "外交部部长助理",
    "署长": "海关总署署长",
    "副署长": "海关总署副署长",
    "司长": "国家发展改革委某司司长",
    "副司长": "国家发展改革委某司副司长",
    "处长": "北京市财政局预算处处长",
    "副处长": "北京市财政局预算处副处长",
    "科长": "北京市平谷区财政局预算科科长",
    "副科长": "北京市平谷区财政局预算科副科长",
    "所长": "北京市公安局某派出所所长",
    "副所长": "北京市公安局某派出所副所长",
    "站长": "平谷区农业技术推广站站长",
    "副站长": "平谷区农业技术推广站副站长",
    "队长": "北京市平谷区城市管理综合行政执法监察局某队队长",
    "副队长": "某执法大队副队长",
    "馆长": "平谷区图书馆馆长",
    "副馆长": "平谷区图书馆副馆长",
    # civil-service ranks held as posts
    "调研员": "北京市平谷区人民政府办公室调研员",
    "副调研员": "北京市平谷区人民政府办公室副调研员",
    "一级调研员": "北京市平谷区发展和改革委员会一级调研员",
    "二级调研员": "北京市平谷区发展和改革委员会二级调研员",
    "三级调研员": "北京市平谷区发展和改革委员会三级调研员",
    "四级调研员": "北京市平谷区发展和改革委员会四级调研员",
    "巡视员": "北京市财政局巡视员",
    "副巡视员": "北京市财政局副巡视员",
    "一级巡视员": "北京市财政局一级巡视员",
    "二级巡视员": "北京市财政局二级巡视员",
    "主任科员": "北京市平谷区财政局主任科员",
    "一级主任科员": "北京市平谷区财政局一级主任科员",
    "二级主任科员": "北京市平谷区财政局二级主任科员",
    # governments (heads, deputies, acting heads)
    "总理": "国务院总理",
    "副总理": "国务院副总理",
    "国务委员": "国务院国务委员",
    "政务委员": "行政院政务委员 (台湾: a minister without portfolio; round 14)",
    "政务次长": "任命張三為交通部政務次長 (台湾: a political vice minister; round 14)",
    "常务次长": "李四為內政部常務次長 (台湾: an administrative vice minister; round 14)",
    "省长": "河北省人民政府省长",
    "副省长": "河北省人民政府副省长",
    "代省长": "河北省人民政府代省长",
    "代理省长": "河北省人民政府代理省长",
    "市长": "北京市人民政府市长",
    "副市长": "北京市副市长",
    "常务副市长": "北京市人民政府常务副市长",
    "代市长": "北京市人民政府代市长",
    "代理市长": "北京市人民政府代理市长",
    "市长助理": "北京市人民政府市长助理",
    "区长": "北京市平谷区人民政府区长",
    "副区长": "北京市平谷区人民政府副区长",
    "常务副区长": "区委常委、常务副区长",
    "代区长": "区委副书记、代区长",
    "代理区长": "北京市平谷区人民政府代理区长",
    "区长助理": "北京市平谷区人民政府区长助理",
    "县长": "密云县人民政府县长",
    "副县长": "密云县人民政府副县长",
    "代县长": "某县人民政府代县长",
    "代理县长": "某县人民政府代理县长",
    "镇长": "平谷区马坊镇人民政府镇长",
    "副镇长": "平谷区马坊镇人民政府副镇长",
    "乡长": "平谷区熊儿寨乡人民政府乡长",
    "副乡长": "平谷区熊儿寨乡人民政府副乡长",
    "州长": "某自治州人民政府州长",
    "副州长": "某自治州人民政府副州长",
    "常务副州长": "州委常委、常务副州长",
    "代州长": "某自治州人民政府代州长",
    "代理州长": "黔东南州人民政府副州长、代理州长 (黔东南 2015)",
    "旗长": "某旗人民政府旗长",
    "副旗长": "某旗人民政府副旗长",
    "代旗长": "某旗人民政府代旗长",
    "代理旗长": "某旗人民政府代理旗长",
    "常务副省长": "省委常委、常务副省长",
    "常务副县长": "县委常委、常务副县长",
    "代镇长": "某镇人民政府代镇长",
    "代理镇长": "某镇人民政府副镇长、代理镇长",
    "代乡长": "某乡人民政府代乡长",
    "代理乡长": "某乡人民政府副乡长、代理乡长",
    # party posts
    "书记": "区委书记",
    "副书记": "区委副书记",
    # round 8: titles of courts, procuratorates, customs, inspectors, media and assistants (class-typical)
    "常务委员": "选举张建凤为政协…委员会副主席,赵和平为秘书长,王旺红…为常务委员 (天水 2021, dev K)",
    "政治助理": "陳岳鵬和徐英偉分別出任政制及內地事務局政治助理和民政事務局政治助理 (香港 2012, probe dev nuoerhy; round 16)",
    "助理审判员": "任命张三为某区人民法院助理审判员",
    "助理检察员": "任命张三为某区人民检察院助理检察员",
    "人民陪审员": "任命张三、李四为某区人民法院人民陪审员",
    "审判长": "任命张三为某中级人民法院审判长",
    "副主任科员": "任命张三为某局副主任科员",
    "关长": "任命张三为某海关关长",
    "副关长": "任命张三为某海关副关长",
    "总督学": "任命张三为某市人民政府总督学",
    "副总督学": "任命张三为某市人民政府副总督学",
    "总审计师": "任命张三为某市审计局总审计师",
    "县长助理": "任命张三为某县人民政府县长助理",
    "局长助理": "任命张三为某局局长助理",
    "教导员": "任命张三为某公安分局某派出所教导员",
    "台长": "任命张三为某市广播电视台台长",
    "副台长": "任命张三为某市广播电视台副台长",
    "监事长": "任命张三为某公司监事长",
    "发言人": "委任行政會委員張永春擔任行政會發言人 (澳门 2025, dev draemp; round 15)",
    "参议": "參議袁德明調任民政局副局長 / 鄭明興調任本府參議 (高雄 2019, dev newtalktw; round 15)",
    "副总队长": "任命张三为某消防救援总队副总队长",
    "盟长": "任命张三为某盟行政公署盟长",
    "副盟长": "任命张三为某盟行政公署副盟长",
    "场长": "任命张三为某国有林场场长",
    "执行副主任": "任命张三为某管理委员会执行副主任",
    "特命全权大使": "中华人民共和国驻加拿大特命全权大使 (国家主席任免驻外大使, 人民网 2017, dev; round 8)",
    "大使": "中华人民共和国驻某国大使",
    # round 18: the foreign ministry's commissioners, the audit office's resident offices
    "特派员": "任命刘光源为外交部驻港特派员 (edigest 2021, probe fit) / 审计署驻广州特派员办事处特派员",
    "副特派员": "任命张三为外交部驻澳门特派员公署副特派员",
    "总领事": "中华人民共和国驻某市总领事",
    "副总领事": "中华人民共和国驻某市副总领事",
    "特命全权代表": "中华人民共和国常驻联合国特命全权代表",
    "第一书记": "中共沈阳警备区委员会第一书记 (沈阳 2022, dev); 某村驻村第一书记 (round 8)",
    "党组书记": "北京市平谷区商务局党组书记",
    "党组副书记": "北京市平谷区商务局党组副书记",
    "党委书记": "某大学党委书记",
    "党委副书记": "某大学党委副书记",
    # courts and procuratorates
    "院长": "北京市平谷区人民法院院长",
    "副院长": "北京市平谷区人民法院副院长",
    "代院长": "北京市平谷区人民法院代院长",
    "庭长": "北京市平谷区人民法院刑事审判庭庭长",
    "副庭长": "北京市平谷区人民法院刑事审判庭副庭长",
    "审判员": "北京市平谷区人民法院审判员",
    "审判委员会委员": "北京市平谷区人民法院审判委员会委员",
    "检察长": "北京市平谷区人民检察院检察长",
    "副检察长": "北京市平谷区人民检察院副检察长",
    "代理检察长": "北京市平谷区人民检察院代理检察长",
    "检察员": "北京市平谷区人民检察院检察员",
    "检察委员会委员": "北京市平谷区人民检察院检察委员会委员",
    # schools, hospitals
    "校长": "北京市平谷区第五中学校长",
    "副校长": "北京市平谷区第五中学副校长",
    # people's congresses, CPPCC, associations
    "主席": "北京市平谷区政协主席",
    "副主席": "北京市平谷区政协副主席",
    "执行副主席": "北京奥组委执行副主席",
    "会长": "平谷区工商业联合会会长",
    "副会长": "平谷区工商业联合会副会长",
    "名誉会长": "推选副县长齐双虎为名誉会长 (dev K; round 8)",
    "名誉主席": "某市工商业联合会名誉主席",
    "名誉主任委员": "大会选举了…姜小清教授为主任委员,吴孟超院士为名誉主任委员 (caca 2009, appoint31)",
    "理事长": "某基金会理事长",
    "副理事长": "某基金会副理事长",
    "社长": "某报社社长",
    "副社长": "某报社副社长",
    "总编辑": "某报社总编辑",
    "副总编辑": "某报社副总编辑",
    # enterprises, banks
    "董事长": "北京市平谷区国有资产投资经营有限公司董事长",
    "副董事长": "某有限公司副董事长",
    "董事": "某有限公司董事",
    "执行董事": "某有限公司执行董事",
    "监事": "某有限公司监事",
    "监事会主席": "某有限公司监事会主席",
    "总经理": "北京市平谷区国有资产投资经营有限公司总经理",
    "副总经理": "某有限公司副总经理",
    "总工程师": "民航总局总工程师",
    "总规划师": "住房城乡建设部总规划师 (国办 2013 地理国情普查领导小组)",
    "审计长": "审计署审计长",
    "副审计长": "审计署副审计长 (国办 2013 地理国情普查领导小组)",
    "党组成员": "旅游局党组成员 (国办 2013) / 漳州市人民政府党组成员",
    "总经济师": "某集团总经济师",
    "总会计师": "某集团总会计师",
    # posts of a state enterprise's management (round 14): 聘任李四为公司财务总监，王五为公司总法律顾问
    "总监": "某公司总监",
    "财务总监": "某集团公司财务总监 (公司财务 is no organization: the whole title)",
    "总法律顾问": "某集团公司总法律顾问",
    # appoint29: the head of a company's division (事业本部): 刘伟兼任广汽集团整车事业本部本部长 (mnewenergy 2019, dev)
    "本部长": "广汽集团国际业务本部本部长",
    "副本部长": "某集团事业本部副本部长",
    "财务负责人": "聘任李四为公司副总经理、财务负责人 (a company's statutory officer)",
    "行长": "中国人民银行营业管理部行长",
    "副行长": "中国人民银行营业管理部副行长",
    # armed forces and police
    "司令员": "武警部队司令员",
    "副司令员": "武警部队副司令员",
    "政治委员": "武警部队政治委员",
    "政委": "某支队政委",
    "参谋长": "某支队参谋长",
    "副参谋长": "武警部队副参谋长 (国办 2013 地理国情普查领导小组)",
    "总队长": "某总队总队长",
    # advisers and other posts a government appoints (聘任 in 政府任免通知)
    "参事": "某省人民政府参事 (市政府决定：聘任张三为某市政府参事)",
    "馆员": "某省文史研究馆馆员",
    "名誉馆员": "梁洁华、黎明、欧豪年等3人被聘为广州市文史馆名誉馆员 (广州 2009)",
    "特聘参事": "司徒尚纪(无党派)、黄伟宗(无党派)、王仲兴(中共)3人获聘省政府特聘参事 (中山大学)",
    "特聘馆员": "詹小美获聘省文史研究馆特聘馆员 (中山大学)",
    "专员": "某地区行政公署专员",
    "副专员": "某地区行政公署副专员",
    "经理": "某市国有资产经营公司经理",
    "副经理": "某市国有资产经营公司副经理",
    "厂长": "某市自来水厂厂长",
    "副厂长": "某市自来水厂副厂长",
    "督学": "某市人民政府督学",
    "支队长": "某支队支队长",
    "大队长": "某大队大队长",
    # round 11: a resident discipline group's head is a post a party committee appoints — only with
    # the group's own name (never 组长 alone: 领导小组组长 in a plan assigns a task, see above). Not an
    # inspection group's (巡视组组长, 巡察组组长): its leaders are authorised for one round of
    # inspections (授权米剑峰等10名同志分别担任第一轮巡视的省委各巡视组组长 — 河南 2017, no change)
    "纪检监察组组长": "张三同志任市纪委监委驻市财政局纪检监察组组长",
    "纪检监察组副组长": "李四同志任市纪委监委驻市教育局纪检监察组副组长",
    "纪检组组长": "张三任驻市财政局纪检组组长",
    "纪检组副组长": "李四任驻市财政局纪检组副组长",
    # Round 19: titles the table lacked, so every clause naming them read as no post (component e of
    # the round's tally): the leaders a congress elects, a listed company's officers, a club's coach,
    # the heads of foreign governments and parliaments. Each with a real clause.
    "委员长": "张德江当选为第十二届全国人民代表大会常务委员会委员长 (tvboxnow 2013, probe fit)",
    "副委员长": "李建国、王胜俊…当选为副委员长 (tvboxnow 2013, probe fit)",
    "董事会秘书": "陈正钢先生申请辞去其所担任的公司董事会秘书职务 (snencn, probe)",
    "首席执行官": "董事会任命库克为公司首席执行官 / 王秀峰辞任本公司首席执行官 (irasia 2023, dev)",
    "首席财务官": "武卫不再担任阿里巴巴集团首席财务官",
    "首席运营官": "某公司首席运营官",
    "总裁": "聘任张三为公司总裁",
    "副总裁": "聘任李四为公司副总裁",
    "高级副总裁": "公司董事、高级副总裁、董事会秘书陈正钢 (snencn, probe)",
    "非执行董事": "辞去公司董事长、非执行董事职务 (北汽 2022, liuan8 probe fit)",
    "独立非执行董事": "吉盈熙先生辞任本公司独立非执行董事 (irasia 2023, dev)",
    "独立董事": "选举张三为公司独立董事",
    "主教练": "北控俱乐部…即日起由张德贵担任主教练一职 (新华社 2019, jinhongcn probe fit)",
    "总教练": "李秋平将继续担任球队的总教练 (上海男篮 2024)",
    "首相": "阿卜杜拉宣布任命穆希丁为首相",
    "副首相": "旺阿兹莎宣誓就任副首相 (马来西亚 2018)",
    "总统": "某国当选总统",
    "副总统": "某国副总统",
    "议长": "张三当选为立法会议长",
    "副议长": "李四当选为立法会副议长",
    # posts18 (session 18): the families of posts checked one by one (tests/test_posts18.py: a row per family, in the
    # readers' forms). Each ending the table lacked, so every clause naming it read as no post. Example per entry.
    # civil-service ranks held as posts (公务员职级): the lower grades of 主任科员, 科员, and the secretaries' grade
    "三级主任科员": "任命张三为某市财政局三级主任科员",
    "四级主任科员": "任命张三为某市财政局四级主任科员",
    "科员": "任命张三为某县财政局科员",
    "一级科员": "任命张三为某县财政局一级科员",
    "二级科员": "任命张三为某县财政局二级科员",
    "主任秘书": "市政府任命張三為秘書處主任秘書 (台湾; 886news dev: 主任秘書)",
    "副主任秘书": "任命李四为某局副主任秘书",
    # party posts: a committee's organisers and inspectors, the heads of its departments as news prints them
    "组织员": "任命张三为县委组织部组织员",
    "纪检员": "任命张三为某镇纪委纪检员",
    "监察专员": "任命张三为县监察委员会派驻某镇监察专员",
    "宣传部长": "张三任县委常委、宣传部长",
    "组织部长": "张三任县委常委、组织部长",
    "统战部长": "张三任县委常委、统战部长",
    "党总支书记": "任命张三为某局机关党总支书记",
    "党总支副书记": "任命李四为某局机关党总支副书记",
    # police and armed ranks: a force's inspectors and the heads of its smaller units
    "督察长": "任命张三为某市公安局督察长 (台湾 警察局督察長: 886news dev)",
    "副督察长": "任命李四为某市公安局副督察长",
    "中队长": "任命张三为某大队某中队中队长",
    "副中队长": "任命李四为某大队某中队副中队长",
    "指导员": "任命张三为某派出所指导员",
    "副指导员": "任命李四为某派出所副指导员",
    "副教导员": "任命李四为某派出所副教导员",
    "副政委": "任命李四为某支队副政委",
    "副支队长": "任命李四为某支队副支队长",
    "副大队长": "任命李四为某大队副大队长",
    # enterprises and institutions: the deputies of the chief officers, research posts
    "副总工程师": "聘任张三为某集团副总工程师",
    "副总经济师": "聘任张三为某集团副总经济师",
    "副总会计师": "聘任张三为某集团副总会计师",
    "副总审计师": "任命张三为某市审计局副总审计师",
    "副总规划师": "任命张三为某市规划局副总规划师",
    "研究员": "聘任张三为某省文史研究馆研究员",
    "副研究员": "聘任李四为某研究院副研究员",
    # Hong Kong and Taiwan: a body's executive head (總幹事)
    "总干事": "張三獲委任為某局總幹事 (香港 / 台湾)",
    "副总干事": "李四獲委任為某會副總幹事",
    # advisers a government or a bureau appoints (聘任张三为某市人民政府顾问; 香港 特別顧問)
    "顾问": "聘任张三为某市人民政府顾问 / 任命叶刘淑仪、罗范椒芬为某局顾问",
    "特别顾问": "委任張三為行政長官特別顧問 (香港)",
    # Taiwan police posts and the short forms news prints (posts18 corpus: udn 2026, uknownews, worldjournal, am730 —
    # dev): a precinct's chief (X分局長 after its place: the organization 朴子分局 ends in 分局, never in 分), the
    # force's inspectors and supervisors, and the abbreviations of 主任秘书 / 常任秘书长
    "分局长": "原大武分局長莊于瑩調任嘉義縣警察局朴子分局分局長 / 第一分局長簡彥匡調任嘉義市警局第二分局長",
    "副分局长": "某分局副分局長張三調任某分局長",
    "督察": "市警局卸任督察長高德昌調陞新北市政府警察局督察 (a police post, not the verb 督察)",
    "警政监": "左營分局長蕭正松升任三線二星的警政監 (yam 2025)",
    "主秘": "台中市警察局副局長郭士傑…升署主秘 (worldjournal: 主任秘書)",
    # appoint32: a police bureau's head printed with its bureau once (國道警察局長 = 國道警察局 + 局長; 桃園縣警局長 =
    # 桃園縣警局 + 局長 — worldjournal, taiwan.cn 2010, dev), split as the precinct's 分局长 below (SHARED_UNIT_TITLES)
    "警政委员": "基隆市警局長陳逸峰、…高雄縣警局長李福順,皆調升為「警政委員」 (taiwan.cn 2010, dev: a rank of the 警政署)",
    "警察局长": "署督察室主任顏旺盛調國道警察局長 (worldjournal, dev) / 台中市警察局長由“航警局長”刁建生調任",
    "警局长": "桃園縣警局長由台當局“警政署副署長”劉勤章出任 (taiwan.cn 2010, dev)",
    "常秘": "現任政府新聞處處長廖李可期，下月30日將出任保安局常秘 (am730 2026: 常任秘書長)",
    # appoint28 (session 19): the seats of a company's boards and the officers a listed company's notices and a state
    # enterprise's workers' congress name (杨青松同志当选为职工董事 — differentskeioffice, dev; 同意杜鹏飞不再担任中国银河
    # 业务总监 — chaoshi.ozhou, dev): each read as no post, so the clause gave nothing. A seat's kind (职工, 外部,
    # 股东代表) and an officer's field (业务, 技术 …) are part of the title, never an organization of their own.
    "职工董事": "楊青松同志當選為職工董事 (青口投资 职代会, dev)",
    "职工代表董事": "选举张三为公司第四届董事会职工代表董事",
    "外部董事": "聘任张三为某集团外部董事",
    "专职外部董事": "聘任李四为某集团专职外部董事",
    "职工监事": "郑华先生…被选举为职工监事 (方正证券 职代会, dev)",
    "职工代表监事": "公司职工代表大会已选举黄小兵先生为公司第四届监事会职工代表监事",
    "股东代表监事": "选举张三为公司第四届监事会股东代表监事",
    "监事会副主席": "选举李四为公司监事会副主席",
    "证券事务代表": "聘任张三为公司证券事务代表",
    "业务总监": "同意杜鹏飞不再担任中国银河业务总监 (中国银河 2023, dev)",
    "技术总监": "聘任张三为公司技术总监",
    "运营总监": "聘任张三为公司运营总监",
    "营销总监": "聘任张三为公司营销总监",
    "市场总监": "聘任张三为公司市场总监",
    "销售总监": "聘任张三为公司销售总监",
    "投资总监": "聘任张三为公司投资总监",
    "风控总监": "聘任张三为公司风控总监",
    "合规总监": "聘任张三为公司合规总监",
    "审计总监": "聘任张三为公司审计总监",
    "研发总监": "聘任张三为公司研发总监",
    "人力资源总监": "聘任张三为公司人力资源总监",
    "行政总监": "聘任张三为公司行政总监",
    "首席技术官": "聘任张三为公司首席技术官",
    "首席信息官": "聘任张三为公司首席信息官",
    "首席风险官": "聘任张三为公司首席风险官",
    "首席合规官": "聘任张三为公司首席合规官",
    "首席投资官": "聘任张三为公司首席投资官",
}
# posts18: a post printed in quotes, as mainland media print Taiwan's posts (“主任秘书”黄升勇升任台当局“警政署副署长”,
# 桃园县警局长由台当局“警政署副署长”刘勤章出任 — taiwan.cn 2010, dev): the quotes are dropped when what they hold
# ends in a title, and so is a qualifier of the authority printed right before them. Qualifier → a real clause.
QUOTED_POST_QUALIFIERS: dict[str, str] = {
    "台当局": "“主任秘书”黄升勇升任台当局“警政署副署长” (taiwan.cn 2010)",
}
# Quote pairs such a post may stand in: opening → closing.
POST_QUOTES: dict[str, str] = {"“": "”", "「": "」", "‘": "’"}

# posts18: titles that repeat their unit's name (朴子分局 + 分局长) but also end a post that prints the unit once (新庄
# 分局长 = 新庄分局 + 局长): where the organization before does not end in the unit, the unit's characters are the
# organization's, the title the shorter one. Title → (the unit, the shorter title).
SHARED_UNIT_TITLES: dict[str, tuple[str, str]] = {
    "分局长": ("分局", "局长"),
    "副分局长": ("分局", "副局长"),
    "警察局长": ("警察局", "局长"),
    "警局长": ("警局", "局长"),
}
# The titles above of a group that may be numbered (市纪委监委第一纪检监察组组长): the organization before the
# number is the one that must read as one (round 11).
GROUP_HEAD_TITLES: frozenset[str] = frozenset({"纪检监察组组长", "纪检监察组副组长", "纪检组组长", "纪检组副组长"})
# Words that make a title of the title after them (round 11): the title lists hold only some
# (常务副县长), so 县委党校常务副校长 was the organization 县委党校常务 — no organization. Each with a post.
TITLE_MODIFIERS: dict[str, str] = {
    "常务": "张三任县委党校常务副校长 / 县公安局常务副局长",
    "专职": "李四任县委全面深化改革委员会办公室专职副主任",
    "执行": "王五任某学院执行院长",
}
# Appointments round 26: a head's title made acting by 代 alone, as the governments' 代市长 / 代县长 above
# (决定王兴宁为陕西省监委代主任 — teke168 2018, dev: nothing was read). Each with a post.
ACTING_HEAD_TITLES: dict[str, str] = {
    "代主任": "决定王兴宁为陕西省监委代主任 (teke168 2018, dev)",
    "代检察长": "决定张三为某市人民检察院代检察长",
    "代局长": "决定李四为某市公安局代局长",
    "代厅长": "王五任某省财政厅代厅长",
    "代主席": "赵六为某自治区人民政府代主席",
    "代校长": "孙七任某大学代校长",
    "代行长": "周八任某银行代行长",
}
TITLES.update(ACTING_HEAD_TITLES)
# Appointments round 27: an assistant to a head (杨沛、徐超被聘为学院院长助理 — ml168, dev: nothing read; only 市长助理 /
# 部长助理 / 局长助理 … were listed) and a civil-service rank held as a post with its grade before it (免去黄安全同志知行学院
# 党委书记职务,任知行学院正处级调研员 — shvdc, dev: the second post was dropped). Each with a post.
ASSISTANT_HEAD_TITLES: dict[str, str] = {
    "院长助理": "杨沛、徐超被聘为学院院长助理 (ml168, dev)",
    "校长助理": "任命张三为某大学校长助理",
    "总经理助理": "李四任某集团公司总经理助理",
    "董事长助理": "王五任某公司董事长助理",
    "行长助理": "赵六任某银行行长助理",
    "主任助理": "孙七任某委员会主任助理",
    "厅长助理": "周八任某省财政厅厅长助理",
    "总裁助理": "吴九任某集团总裁助理",
}
GRADED_RANK_TITLES: dict[str, str] = {
    f"{grade}{level}级{rank}": f"任知行学院{grade}{level}级{rank} (shvdc, dev: 正处级调研员)"
    for grade in ("正", "副")
    for level in ("厅", "局", "处", "县", "科")
    for rank in ("调研员", "巡视员")
}
TITLES.update(ASSISTANT_HEAD_TITLES)
TITLES.update(GRADED_RANK_TITLES)
TITLE_SET: frozenset[str] = frozenset(TITLES)
assert set(SHARED_UNIT_TITLES) <= TITLE_SET
assert GROUP_HEAD_TITLES <= TITLE_SET, GROUP_HEAD_TITLES - TITLE_SET
TITLE_MAX_LEN: int = max(map(len, TITLES))

# The word that turns a title into an acting one: 张三同志代理某市人民政府市长 → 代理市长.
ACTING_PREFIX = "代理"

# Round 15: verbs of holding a post for the time being, after the person's name (委任張三署理X, 現由A署任X,
# X一職先由副主委A暫代). 代理 gives the title its 代理 (ACTING_PREFIX); the others are kept before the post
# as printed, the way the truth files label them (署任数字政策专员, 暂代陆委会主委). Verb → a real clause.
ACTING_VERBS: dict[str, str] = {
    "代理": "任命张三代理市财政局局长 / 由经济财政司司长梁维特代理行政长官",
    "署理": "行政長官委任張三署理民政事務局局長 (香港)",
    "署任": "現由副數字政策專員張宜偉署任數字政策專員 (香港 2026, dev stheadline)",
    "暂代": "陸委會一職先由副主委林正義暫代 (台湾 2018, dev yam)",
}

# --------------------------------------------------------------------------------------------
# Organization suffixes: the organization before a title ends with one of these — the one
# table in vocab/common.py (ORG_SUFFIXES), longest first.
# --------------------------------------------------------------------------------------------
from .common import CJK  # noqa: E402 (the one spelling of the Chinese character class)
from .common import ORG_SUFFIX_TUPLE as ORG_SUFFIX_TUPLE  # noqa: E402 (re-exported for records/personnel: "as" says so)
from .tasks import PLACE_LEVELS  # noqa: E402 (a place's level words, for PARTY_COMMITTEE_PLACE_ENDS)

# --------------------------------------------------------------------------------------------
# Where a post begins: place names and organization heads. Used to split a name that runs
# straight into its post (郭红北京市平谷区马坊地区办事处副主任职务 → 郭红 + 北京市平谷区…).
# Names known from the issue itself are passed in as ``places`` and used alongside these.
# --------------------------------------------------------------------------------------------
PLACE_STARTS: dict[str, str] = {
    # provincial-level divisions
    "北京市": "北京市平谷区城市管理委员会副主任",
    "天津市": "天津市人民政府副市长",
    "上海市": "上海市人民政府副市长",
    "重庆市": "重庆市人民政府副市长",
    "河北省": "河北省人民政府副省长",
    "山西省": "山西省人民政府副省长",
    "辽宁省": "辽宁省人民政府副省长",
    "吉林省": "吉林省人民政府副省长",
    "黑龙江省": "黑龙江省人民政府副省长",
    "江苏省": "江苏省人民政府副省长",
    "浙江省": "浙江省人民政府副省长",
    "安徽省": "安徽省人民政府副省长",
    "福建省": "福建省人民政府副省长",
    "江西省": "江西省人民政府副省长",
    "山东省": "山东省人民政府副省长",
    "河南省": "河南省人民政府副省长",
    "湖北省": "湖北省人民政府副省长",
    "湖南省": "湖南省人民政府副省长",
    "广东省": "广东省人民政府副省长",
    "海南省": "海南省人民政府副省长",
    "四川省": "四川省人民政府副省长",
    "贵州省": "贵州省人民政府副省长",
    "云南省": "云南省人民政府副省长",
    "陕西省": "陕西省人民政府副省长",
    "甘肃省": "甘肃省人民政府副省长",
    "青海省": "青海省人民政府副省长",
    "台湾省": "台湾省",
    "内蒙古自治区": "内蒙古自治区人民政府副主席",
    "广西壮族自治区": "广西壮族自治区人民政府副主席",
    "西藏自治区": "西藏自治区人民政府副主席",
    "宁夏回族自治区": "宁夏回族自治区人民政府副主席",
    "新疆维吾尔自治区": "新疆维吾尔自治区人民政府副主席",
    "香港特别行政区": "香港特别行政区政府",
    "澳门特别行政区": "澳门特别行政区政府",
    # Beijing's districts (the sample issue is 平谷区's gazette)
    "平谷区": "平谷区商务局副局长",
    "东城区": "东城区人民政府副区长",
    "西城区": "西城区人民政府副区长",
    "朝阳区": "朝阳区人民政府副区长",
    "海淀区": "海淀区人民政府副区长",
    "丰台区": "丰台区人民政府副区长",
    "石景山区": "石景山区人民政府副区长",
    "门头沟区": "门头沟区人民政府副区长",
    "房山区": "房山区人民政府副区长",
    "通州区": "通州区人民政府副区长",
    "顺义区": "顺义区人民政府副区长",
    "昌平区": "昌平区人民政府副区长",
    "大兴区": "大兴区人民政府副区长",
    "怀柔区": "怀柔区人民政府副区长",
    "密云区": "密云区人民政府副区长",
    "延庆区": "延庆区人民政府副区长",
    # national bodies and organization heads
    "国务院": "国务院副秘书长",
    "国家": "国家发展改革委副主任",
    "中国": "中国人民银行副行长",
    "中共": "中共北京市平谷区委员会书记",
    "中央": "中央军委办公厅主任",
    "全国": "全国人大常委会副委员长",
    "共青团": "共青团北京市平谷区委员会书记",
    "民航": "民航总局局长",
    "武警": "武警部队副司令员",
    # ministries and agencies by the short names rosters print, where a name runs straight into
    # its post (组长:张高丽国务院副总理副组长:姜大明国土资源部部长丁向阳… — 国办 2013 领导小组):
    # 马建堂统计局局长 is 马建堂 + 统计局…, 李强统计局副局长 is 李强 + 统计局….
    **{
        name: "国办 2013 领导小组 roster: 成员:…" + name + "副部长/副局长…"
        for name in (
            "中央宣传部",
            "中央组织部",
            "外交部",
            "国防部",
            "发展改革委",
            "教育部",
            "科技部",
            "工业和信息化部",
            "国家民委",
            "公安部",
            "安全部",
            "监察部",
            "民政部",
            "司法部",
            "财政部",
            "人力资源社会保障部",
            "国土资源部",
            "自然资源部",
            "环境保护部",
            "生态环境部",
            "住房城乡建设部",
            "交通运输部",
            "铁道部",
            "水利部",
            "农业部",
            "农业农村部",
            "商务部",
            "文化部",
            "文化和旅游部",
            "卫生部",
            "卫生计生委",
            "卫生健康委",
            "应急管理部",
            "人民银行",
            "审计署",
            "国资委",
            "海关总署",
            "税务总局",
            "工商总局",
            "质检总局",
            "市场监管总局",
            "新闻出版广电总局",
            "广电总局",
            "体育总局",
            "安全监管总局",
            "统计局",
            "林业局",
            "旅游局",
            "宗教局",
            "参事室",
            "机关事务管理局",
            "知识产权局",
            "地震局",
            "气象局",
            "银监会",
            "证监会",
            "保监会",
            "社保基金会",
            "能源局",
            "海洋局",
            "测绘地信局",
            "民航局",
            "邮政局",
            "文物局",
            "中医药局",
            "外汇局",
            "粮食局",
            "烟草局",
            "国防科工局",
            "总参谋部",
            "总政治部",
            "总后勤部",
            "总装备部",
            "武警部队",
            "解放军",
        )
    },
    # short forms used inside one district's notices: 区商务局, 市财政局, 县委
    "区委": "区委常委",
    "区政府": "区政府办公室主任",
    "市委": "市委常委",
    "市政府": "市政府副秘书长",
    "县委": "县委书记",
    "县政府": "县政府办公室主任",
    # the Communist Youth League committees, common in rosters; a post may begin with 团
    "团省委": "团省委副书记",
    "团市委": "团市委书记",
    "团县委": "团县委副书记",
    "团区委": "团区委书记",
    "区": "区商务局副局长",
    "市": "市财政局局长",
    "县": "县财政局局长",
    "省": "省财政厅厅长",
}

# --------------------------------------------------------------------------------------------
# Roster roles: 组　长：王成国 区委书记 / 主　任：孙春兰　　国务院副总理 / 成员：张三（…）.
# Printed with spaces inside (组 长, 委　员); reported without them. Value: a real line.
# --------------------------------------------------------------------------------------------
# Roles of a group that are never a post (a 组长 heads a group, not a body): a line opening with one
# and a colon under a personnel decision's title starts a roster — the bare name　post lines below it
# are its members, no changes (classes21: 组长：A　区长 / 成员： / B　区财政局局长 under 关于干部任免职的通知
# gave appoint B 区财政局局长). 委员, 主任, 秘书长 are posts too and are not here.
GROUP_ONLY_ROLES: dict[str, str] = {
    "组长": "组　长：王继聪　区长",
    "副组长": "副组长：邹震宇　副区长",
    "常务副组长": "常务副组长：张三　区委副书记",
    "成员": "成　员：何娇　区财政局局长",
    "组员": "组员：张三　区财政局副局长",
    "总指挥": "总指挥：王继聪　区长",
    "副总指挥": "副总指挥：邹震宇　副区长",
    "召集人": "召集人：王继聪　区长",
    "副召集人": "副召集人：邹震宇　副区长",
    "联络员": "联络员：张三　区政府办公室科员",
}

ROSTER_ROLES: dict[str, str] = {
    "组长": "组 长：王成国 区委书记",
    "副组长": "副组长：底志欣 区委常委、常务副区长",
    "常务副组长": "常务副组长：张三 区委副书记",
    "执行副组长": "执行副组长：张三 副区长",
    "第一副组长": "第一副组长：/ 王勇 国务委员 (国办函〔2022〕33号 亚运会工作领导小组)",
    "主任": "主　任：尤　权　　国务院副秘书长",
    "副主任": "副主任：杨元元　　民航总局局长",
    "常务副主任": "常务副主任：张三　　某部副部长",
    "执行副主任": "执行副主任：张三　　某委员会副主任",
    "第一副主任": "第一副主任：张三　　某部部长",
    "委员": "委　员：张三　　国家发展改革委副主任",
    "成员": "成　员：何亚非　　外交部部长助理",
    "秘书长": "秘书长：张三　　国务院副秘书长",
    "副秘书长": "副秘书长：张三　　某部司长",
    "常务副秘书长": "组委会常务副秘书长、市体育局副局长张三介绍筹备进展 (rosters round 8)",
    "办公室主任": "办公室主任：张三　　区商务局局长",
    "办公室副主任": "办公室副主任：张三　　区商务局副局长",
    "主席": "主　席：张三　　某部部长",
    "副主席": "副主席：张三　　某部副部长",
    "召集人": "召集人：张三　　某部部长",
    "总召集人": "总召集人：张三　　副省长 (联席会议)",
    "副总召集人": "副总召集人：张三　　省政府副秘书长",
    "副召集人": "副召集人：张三　　某部副部长",
    "总指挥": "总指挥：张三　　副区长",
    "副总指挥": "副总指挥：张三　　区应急局局长",
    "常务副总指挥": "常务副总指挥：张三　　常务副区长",
    "执行副总指挥": "执行副总指挥：张三　　副区长",
    "指挥长": "指挥长：张三　　副区长",
    "副指挥长": "副指挥长：张三　　区应急局局长",
    "常务副指挥长": "常务副指挥长：张三　　常务副区长",
    "第一副指挥长": "第一副指挥长：张三　　副区长",
    "顾问": "顾　问：张三　　原副区长",
    "第一组长": "第一组长：张三　　区委书记",
    "执行组长": "执行组长：张三　　常务副区长",
    "组员": "组　员：张三　　区财政局副局长",
    "主任委员": "主 任 委 员: 贾志杰 省长 (湖北省支援三峡工程建设委员会)",
    "副主任委员": "副主任委员: 陈水文 副省长 (湖北省支援三峡工程建设委员会)",
    "常务副主任委员": "常务副主任委员：梅香雪 (黄冈市爱国卫生运动委员会)",
    "办公室常务副主任": "办公室常务副主任：张三　　区商务局副局长",
    "联络员": "联络员：张三　　区发展改革局办公室主任",
    # rosters round 7 (s12): an organizing committee's roles (组委会, 筹委会): 主　席：郭金龙 / 执行主席：刘　鹏 …
    "执行主席": "组委会主席由…担任，执行主席由中国残联理事长周长奎、…担任 (国办函〔2019〕98号)",
    "执行副主席": "执行副主席：张建东 北京市副市长 (北京冬奥组委)",
    # rosters round 7 (s12): a 工作专班's own roles, and a command's executive head
    "专班长": "专班长：张三　区委常委、副区长 (一、专班组成人员)",
    "副专班长": "副专班长：李四　区发改局局长",
    "常务副专班长": "常务副专班长：王五　副区长",
    "执行指挥长": "执行指挥长：张三　副区长 (疫情防控指挥部)",
    # rosters round 18: a 工作专班 headed by a 班长 (班　长：张三（县委副书记） / 副班长：李四（副县长）)
    "班长": "班　长：张三（县委副书记） (工作专班组成人员)",
    "副班长": "副班长：李四（副县长） (工作专班组成人员)",
    "常务副班长": "常务副班长：王五（常务副县长）",
    # rosters round 14: a command's political head and executive chief, honorary heads, a chief adviser — their
    # lines were left unread (政　委：张三　市委书记 over 总指挥：李四　市长)
    "政委": "政　委：张三　市委书记 (创建文明城市指挥部)",
    "第一政委": "第一政委：张三　市委书记 (防汛抗旱指挥部)",
    "执行总指挥": "执行总指挥：张三　常务副市长",
    "名誉组长": "名誉组长：张三　县委书记",
    "名誉主任": "名誉主任：张三　县委书记 (关心下一代工作委员会)",
    "总顾问": "总顾问：张三　原市人大常委会主任",
    "执行主任": "市长张三任该委员会主任，李四副市长任执行主任 (亚运会申办城市工作委员会, probe fit)",
    # precision round 17: a rank word (第一 / 执行) inside the group's office or command roles, as 第一副组长 and
    # 办公室常务副主任 above — 指挥部办公室第一主任吴华汇报… was read as no member
    "第一主任": "第一主任：张三　区委书记 (疫情防控指挥部)",
    "第一指挥长": "第一指挥长：张三　市委书记 (防汛抗旱指挥部)",
    "第一总指挥": "第一总指挥：张三　县委书记",
    "办公室第一主任": "区疫情防控应急综合指挥部办公室第一主任吴华汇报… (dev hbdjjjjc)",
    "办公室第一副主任": "办公室第一副主任：张三　区卫健委主任",
    "办公室执行主任": "办公室执行主任：张三　区应急局局长",
    "办公室执行副主任": "办公室执行副主任：张三　区应急局副局长",
}

# Characters that end a clause word elsewhere (_NON_NAME_CHARS in records/personnel.py) but stand
# inside real names; allowed only in a roster entry, where the name is followed by its post
# (张三 某局局长), never in prose. Each with a real name.
ROSTER_NAME_CHARS: dict[str, str] = {
    "之": "朱之鑫 发展改革委副主任 (国办发〔2013〕30号); 吴创之 中科院广州分院院长",
    "其": "马正其 工商总局副局长 (国办发〔2013〕30号, 国办发〔2016〕48号)",
    "将": "陈将君西河镇党委宣传委员 (蒙山 2022, a roster run together: rosters round 5)",
}

# Adverbs between a holder and the verb of a roster role in prose. Each with a real use.
ROSTER_VERB_ADVERBS: dict[str, str] = {
    "继续": "部党组书记、部长李干杰继续担任部脱贫攻坚领导小组组长 (生态环境部 2019)",
    "仍然": "张三仍然担任组长",
    "仍": "张三仍任组长",
    "同时": "县委常委、副县长张三同时兼任办公室主任",
    "另": "李四另任副组长",
}

# Bodies a roster belongs to, as printed before a role in prose:
# 李克强担任国务院西部地区开发领导小组组长 (新华社 2013). Each with a real one.
ROSTER_GROUP_SUFFIXES: dict[str, str] = {
    "领导小组": "国务院西部地区开发领导小组",
    "工作小组": "某某工作小组",
    "委员会": "省支援三峡工程建设委员会",
    "指挥部": "县抗震救灾指挥部",
    "联席会议": "促进中部地区崛起工作部际联席会议",
    "专班": "吐鲁番市国家植物园建设专班",
}

# A village's or community's committee named before its roles on a roster line (rosters round 18): 褡裢村村委会主任:王泽辉 /
# 委员:蔡卫东、孙梦姿 (獐子岛镇 村委会 elections, 0411hd). The committee is always the roster's group, never a department,
# so its 主任 and 委员 are its roles.
VILLAGE_COMMITTEE_NAMES: dict[str, str] = {
    "村民委员会": "某某村村民委员会主任：张三",
    "居民委员会": "某某社区居民委员会主任：张三",
    "村委会": "褡裢村村委会主任:王泽辉 (0411hd, dev)",
    "居委会": "某某社区居委会副主任：李四",
}


# Words that put a roster role in the past (rosters round 7, s12): a news story recalls who held it before —
# 首任委员会主任由时任国务院副总理李克强担任 / 此前，委员会主任一职由张高丽兼任. The sentence that holds one
# before the role (or 时任 opening the holder's post) names no member. Each with a real use.
ROSTER_PAST_MARKS: dict[str, str] = {
    "此前": "此前，国务院食品安全委员会主任一职由张高丽兼任 (2018 news)",
    "首任": "首任委员会主任由时任国务院副总理李克强担任 (2018 news)",
    "前任": "前任组长由张三担任",
    "时任": "由时任国务院副总理李克强担任",
    "曾任": "张三曾任领导小组组长",
    "曾由": "组长一职曾由张三担任",
    "原由": "组长原由张三担任，现调整为李四",
}

# Short names of committees that are always a roster's group, never a department (rosters round 7, s12):
# their 主任 / 副主任 / 主席 are the committee's roles wherever the name stands before them — in prose
# (组委会主任由市政协副主席黄华裕担任), first or last among a holder's posts in a news story
# (九冬会组委会副主任、国家体育总局副局长袁伟民宣读… / 副区长、区安委会主任杜强强调…). A department's short
# name (发改委, 卫健委, 国资委) is no such name: 区发改委主任 is a post. Each with a real use.
ROSTER_COMMITTEE_NAMES: dict[str, str] = {
    "组委会": "九冬会组委会副主任、国家体育总局副局长袁伟民宣读了组委会…组成人员名单 (光明日报 1998)",
    "筹委会": "运动会筹委会主任由副市长张三担任",
    "执委会": "九冬会组委会执行委员会主任 / 执委会副主任兼常务副秘书长",
    "安委会": "副区长、区安委会主任杜强强调三点要求 (常州 2010); 区安委会副主任、副区长王晓彤 (秦州 2015)",
    # rosters round 8 (s13): the standing coordination committees of a government (议事协调机构), by their short
    # and full names — never a department (a 禁毒委 has no staff of its own; its 主任 is a leader who holds it
    # beside a post). Simplified or Traditional before conversion (縣食安委副主任楊成參加…).
    "安全生产委员会": "县安全生产委员会主任由县长担任 (the full name of 安委会)",
    "禁毒委": "副市长、市禁毒委副主任张三主持会议 / 县禁毒委常务副主任、副县长李四组织召开续会",
    "禁毒委员会": "市委常委、政法委书记、市禁毒委员会主任王五在会上要求",
    "食安委": "县食安委第一副主任、常务副县长张三主持 / 县委副书记、县长、县食安委主任李四主持召开…",
    "食品安全委员会": "县食品安全委员会主任由县长担任",
    "食药安委": "副县长、县食药安委副主任张三，…参加会议",
    "食品药品安全委员会": "县食品药品安全委员会副主任、副县长张三",
    "爱卫会": "市爱卫会主任、副市长张三出席会议",
    "绿委会": "区绿委会副主任李四部署义务植树工作",
    "减灾委": "县减灾委主任、副县长张三主持会议",
    "减灾委员会": "市减灾委员会副主任、应急管理局局长李四通报灾情",
    "妇儿工委": "县妇儿工委主任、副县长张三出席会议",
    "妇女儿童工作委员会": "市妇女儿童工作委员会主任由副市长担任",
    "老龄委": "区老龄委主任、副区长张三讲话",
    "老龄工作委员会": "县老龄工作委员会副主任李四主持",
    "残工委": "县残工委主任、副县长张三讲话",
    "残疾人工作委员会": "市残疾人工作委员会主任由副市长担任",
    "学术委员会": "学术委员会主任委员张三院士主持会议 (a university's academic committee)",
    "学位评定委员会": "校学位评定委员会主席张三主持会议",
    # other standing coordination committees of a government (rosters round 8). The party committee's own
    # committees (全面深化改革委员会, 网信委, 财经委 …) are left out: the corpus labels their roles in a chronicle's
    # meeting reports as the leaders' posts of the day (hcv8 2020 四川: 省委书记、省委全面深化改革委员会主任A主持…)
    "保密委员会": "县保密委员会主任、县委常委、县委办主任张三部署保密工作",
    "保密委": "县保密委副主任李四传达上级会议精神",
    "精神文明建设委员会": "市精神文明建设委员会主任、市委书记张三出席会议",
    "文明委": "市文明委主任、市委书记张三出席会议",
    "国防动员委员会": "县国防动员委员会主任、县长张三主持会议",
    "国动委": "市国动委副主任、副市长李四讲话",
    "防指": "县防指常务副指挥长、副县长张三主持会议 (防汛抗旱指挥部, 森林防灭火指挥部: 森防指)",
    # rosters round 14: a county's gazetteer committee (its office, 方志办, is a department: 办公室主任 after it is a
    # post, see ROSTER_COMMITTEE_OFFICE_IS_POST) — 蠡县人大常委会主任、县地方志指导委员会主任绳兰柱主持会议 (probe fit)
    "地方志编纂委员会": "县地方志编纂委员会主任、县长张三出席会议",
    "地方志指导委员会": "县人大常委会主任、县地方志指导委员会主任李四主持会议",
}

# Committees of ROSTER_COMMITTEE_NAMES whose 办公室 is a department with its own head (rosters round 14): after their
# name 办公室主任 / 办公室副主任 is that department's post, not a roster role — 蠡县地方志编纂委员会办公室主任杨亚楠就…
# 进行了汇报 (the 方志办's director, probe fit).
ROSTER_COMMITTEE_OFFICE_IS_POST: dict[str, str] = {
    "地方志编纂委员会": "县地方志编纂委员会办公室主任杨亚楠汇报工作 (方志办)",
    "地方志指导委员会": "县地方志指导委员会办公室主任李四汇报 (方志办)",
}

# Groups whose role, printed straight after the group's name, is a roster role even as the first
# of a holder's posts in a news story (rosters round 2): 市巩固省级卫生城市工作指挥部副指挥长、副市长
# 王如龙、苏子益 (10000uw). Not 委员会: 市发展和改革委员会主任 is a department head, not a roster.
ROSTER_TITLE_GROUPS: dict[str, str] = {
    "领导小组": "市创建工作领导小组副组长、副市长张三",
    "工作小组": "区征迁工作小组组长、副区长张三",
    "指挥部": "市巩固省级卫生城市工作指挥部副指挥长、副市长王如龙、苏子益 (10000uw)",
    "专班": "市重点项目工作专班组长、副市长张三",
    # rosters round 7 (s12): other small groups, Simplified or Traditional before conversion
    "专项小组": "区委组织部副部长、党的建设制度改革专项小组副组长李强主持会议 (2017 区委 news)",
    "协调小组": "县委常委、县脱贫攻坚协调小组副组长张三出席会议",
}

# Verbs of a news story that follow the holder of a titled role (ROSTER_TITLE_GROUPS) in the same
# clause: the name ends before them. Each with a real or typical use.
ROSTER_STORY_VERBS: dict[str, str] = {
    "参加": "市…指挥部副指挥长、市检察院检察长范建绥参加检查 (10000uw)",
    "率队": "市…指挥部常务副指挥长、市委副书记、市长周高明率队对万城第二市场…检查 (10000uw)",
    "带队": "县防汛抗旱指挥部指挥长、县长张三带队检查",
    "出席": "市创建工作领导小组组长、市长张三出席会议",
    "主持": "区领导小组组长、区长张三主持会议",
    "陪同": "市指挥部副指挥长、副市长李四陪同调研",
    # rosters round 6 (s11): what a holder does at a meeting the story reports, Simplified or Traditional
    # before conversion (縣征兵工作領導小組副組長袁世澤宣讀表彰決定, 鎮遠縣 征兵 news)
    "宣读": "县征兵工作领导小组副组长袁世泽宣读表彰决定 (nftape, 镇远县征兵工作会议)",
    "安排": "县征兵工作领导小组副组长王宏彬安排部署今冬征兵工作 (nftape)",
    "部署": "区防汛指挥部指挥长张三部署今年防汛工作",
    "要求": "市征兵工作领导小组副组长江永亮要求，各级政府… (executivefront, 保定)",
    "指出": "市创建工作领导小组组长张三指出，…",
    "强调": "县脱贫攻坚领导小组组长张三强调，…",
    "讲话": "县疫情防控指挥部指挥长张三讲话",
    "作了": "县征兵工作领导小组组长李四作了重要讲话",
    "作重要": "县征兵工作领导小组组长李四作重要讲话",
    "传达": "区领导小组副组长王五传达了上级会议精神",
    "通报": "区创建工作领导小组副组长王五通报了检查情况",
    "总结": "县征兵工作领导小组副组长王五总结了去年的工作",
    "介绍": "市指挥部副指挥长李四介绍了项目进展",
    "表示": "市领导小组组长张三表示，…",
    "在会上": "县领导小组组长张三在会上强调",
    "就": "学校疫情防控工作领导小组第一副组长汪良发就有关事项作了重要布置 (aisu)",
    # rosters round 8 (s13): what a holder does at the meeting the story reports — reports to it, opens it
    # with a word of welcome, sums it up, or calls it
    "汇报": "区疫情防控应急综合指挥部办公室主任张三汇报近期工作开展情况",
    "组织召开": "县禁毒委常务副主任、副县长、县公安局局长张三组织召开续会",
    "致辞": "组委会主席、市长张三致辞",
    "致欢迎辞": "组委会副主席兼秘书长、市体育局局长张三致欢迎辞",
    "做总结": "组委会副主席兼秘书长、市体育局局长张三做总结讲话",
    "作总结": "领导小组副组长李四作总结讲话",
    # rosters round 14: an adverb before the report's verb (组委会常务副秘书长、…副局长周玲系统介绍了…: dev websitedict)
    "系统介绍": "组委会常务副秘书长、市体育局副局长张三系统介绍了筹备进展",
    "详细介绍": "指挥部副指挥长、副区长李四详细介绍了工作安排",
    "简要介绍": "领导小组办公室主任王五简要介绍了前期工作",
    "详细汇报": "指挥部办公室主任赵六详细汇报了疫情防控工作",
    "简要汇报": "领导小组副组长钱七简要汇报了工作进展",
}

# Academic titles printed after a holder's name in a news story (rosters round 8): 学术委员会主任委员张三院士主持
# 会议 — the name ends before them, as before 同志. Each with a typical use.
ROSTER_NAME_TITLES_AFTER: dict[str, str] = {
    "院士": "学术委员会主任委员张三院士主持会议",
    "教授": "学位评定委员会副主席李四教授出席会议",
    # rosters round 14: an expert committee's members named by their institution and academic rank
    # (委员会成员包括中华医学会张三研究员等17人, probe fit)
    "副教授": "成员包括某某大学李四副教授等",
    "研究员": "专家委员会成员包括中华医学会张三研究员等17人",
    "副研究员": "成员包括某某研究所王五副研究员",
    "主任医师": "专家组成员包括某某医院赵六主任医师等",
    "副主任医师": "专家组成员包括某某医院钱七副主任医师",
}

# Verbs that close a list of attendees in a meeting report (rosters round 7, s12): the holders are printed one
# after another, commas between, and the verb only after the last — 县委副书记、县双城同创指挥部副指挥长、指挥部办公室
# 主任甄贵福，县委常委、宣传部长侯建华，副县长马迎军出席会议. A roster role closing the posts of any holder of the
# list (not only the last) names a member. Each with a real use.
ROSTER_ATTENDANCE_VERBS: dict[str, str] = {
    "出席": "…指挥部办公室主任甄贵福，县委常委、宣传部长侯建华，副县长马迎军出席会议 (2015 县 news)",
    "参加": "…领导小组副组长、领导小组办公室副主任余刚平，市委统战部副部长关晓松，…参加会议 (2024 市 news)",
    "列席": "…领导小组副组长张三，…列席会议",
    "陪同": "…指挥部副指挥长李四，…陪同调研",
}

# Cells of a roster table that describe the member, never their post (rosters round 6, s11): a table of
# 序号 | 姓名 | 性别 | 工作单位及职务 | 小组职务 read its 男 into the post (男区委副书记、区长). As a whole
# cell they are dropped; the post is what the other cells print. Each with the column it stands in.
ROSTER_ATTRIBUTE_CELLS: dict[str, str] = {
    "男": "性别",
    "女": "性别",
    "中共党员": "政治面貌",
    "中共预备党员": "政治面貌",
    "共青团员": "政治面貌",
    "群众": "政治面貌",
    "无党派": "政治面貌",
    "无党派人士": "政治面貌",
    "民革党员": "政治面貌",
    "民盟盟员": "政治面貌",
    "民建会员": "政治面貌",
    "民进会员": "政治面貌",
    "农工党党员": "政治面貌",
    "致公党党员": "政治面貌",
    "九三学社社员": "政治面貌",
    "台盟盟员": "政治面貌",
    "研究生": "学历",
    "大学": "学历",
    "大学本科": "学历",
    "本科": "学历",
    "大专": "学历",
    "中专": "学历",
    "高中": "学历",
    "硕士": "学位",
    "博士": "学位 (a cell of its own; after a name it is an honorific: ROSTER_HONORIFICS)",
    "学士": "学位",
}
# Cell shapes of the same columns: an ethnicity (汉族, 蒙古族), a birth month (1970.05, 1970年5月,
# 1970-05), a telephone number (0531-12345678, 13812345678). A whole cell only.
ROSTER_ATTRIBUTE_PATTERNS: dict[str, str] = {
    rf"[{CJK}]{{1,4}}族": "民族: 汉族 / 蒙古族",
    r"(?:19|20)\d\d(?:[.．/\-]\d{1,2}|年\d{1,2}月)": "出生年月: 1970.05 / 1970年5月",
    r"[\d\-－]{7,15}": "联系电话: 13812345678 / 0531-12345678",
}


# Rosters round 14: how a sub-heading inside a roster ends when it names the kind of unit its members come from
# (成　员：⏎（一）县直部门⏎张三　县财政局局长⏎（二）乡镇⏎李四　某镇镇长); such a line keeps the role open. Each with a
# real sub-heading.
ROSTER_SUBHEADING_ENDINGS: dict[str, str] = {
    "部门": "（一）县直部门 / 市直部门 / 省直部门",
    "乡镇": "（二）乡镇 / 各乡镇",
    "街道": "（三）街道",
    "乡镇街道": "乡镇街道",
    "镇街": "镇街",
    "企业": "驻县企业 / 国有企业",
}

# Rosters round 14: the header cells of a roster table flattened one cell to a line (a web page's <table> stored as
# text: 序号⏎姓名⏎单位及职务⏎领导小组职务⏎1⏎张三⏎县长⏎组长⏎…). ROSTER_TABLE_ROLE_HEADS name the column of the
# member's role; ROSTER_TABLE_HEADS the other columns such a header may hold. A bare 职务 is the role's column only
# beside another column holding the post (单位及职务). Each with a real header.
ROSTER_TABLE_ROLE_HEADS: dict[str, str] = {
    "小组职务": "姓名 | 单位及职务 | 小组职务",
    "组内职务": "序号 | 姓名 | 现任职务 | 组内职务",
    "领导小组职务": "姓名 | 工作单位及职务 | 领导小组职务",
    "在领导小组职务": "姓名 | 单位职务 | 在领导小组职务",
    "领导小组内职务": "姓名 | 单位职务 | 领导小组内职务",
    "本组职务": "姓名 | 单位及职务 | 本组职务",
    "委员会职务": "姓名 | 单位及职务 | 委员会职务",
    "在委员会职务": "姓名 | 工作单位及职务 | 在委员会职务",
    "指挥部职务": "姓名 | 单位及职务 | 指挥部职务",
    "专班职务": "姓名 | 单位及职务 | 专班职务",
}
ROSTER_TABLE_HEADS: dict[str, str] = {
    "序号": "序号 | 姓名 | …",
    "姓名": "the person's column (required)",
    "职务": "职务 | 姓名 | 单位及职务 (the role's column beside 单位及职务)",
    "单位及职务": "姓名 | 单位及职务 | 小组职务",
    "工作单位及职务": "姓名 | 工作单位及职务 | 领导小组职务",
    "所在单位及职务": "姓名 | 所在单位及职务 | 小组职务",
    "单位职务": "姓名 | 单位职务 | 组内职务",
    "现任职务": "序号 | 姓名 | 现任职务 | 组内职务",
    "工作单位": "姓名 | 工作单位 | 小组职务",
    "单位": "姓名 | 单位 | 职务",
    "性别": "姓名 | 性别 | 单位及职务 | 小组职务",
    "民族": "姓名 | 民族 | …",
    "出生年月": "姓名 | 出生年月 | …",
    "备注": "… | 小组职务 | 备注",
}
# A header holding one of these is a list of appointments proposed or made (任前公示, 任免名单), never a roster.
ROSTER_TABLE_REFUSED_HEADS: dict[str, str] = {
    "拟任职务": "姓名 | 现任职务 | 拟任职务 (任前公示)",
    "拟任": "姓名 | 现职 | 拟任",
    "任免职务": "姓名 | 任免职务",
    "拟提任职务": "姓名 | 现任职务 | 拟提任职务",
    "联系电话": "姓名 | 单位 | 职务 | 联系电话 (a contact list)",
    "电话": "联系人 | 电话",
    "手机": "姓名 | 职务 | 手机",
}

# Words of a remark on the order of a roster's names, in a bracket after the role's colon
# (成员：（以姓氏笔画为序）李四 …): the remark is no entry. Each with a real spelling.
ROSTER_ORDER_REMARKS: dict[str, str] = {
    "为序": "（以姓氏笔画为序）",
    "排序": "（按姓氏笔画排序）",
    "排列": "（按姓氏笔画排列）",
    "先后": "（排名不分先后）",
}

# Remarks printed where a roster prints a post, that are no post (rosters round 3): the member's
# rank, a trial period or 'concurrently'. As the whole bracket (张三（兼）) or its last piece
# (王五（区发改委主任，兼）) they are dropped; the post is what is left, or none. Value: a real use.
ROSTER_POST_REMARKS: dict[str, str] = {
    "兼": "办公室主任：王五（兼）",
    "兼任": "办公室主任：王五（区发改委主任，兼任）",
    "兼职": "副主任：李四（兼职）",
    "挂职": "成员：赵六（挂职）",
    "正处级": "组长：张三（正处级）",
    "副处级": "成员：李四（副处级）",
    "正科级": "成员：王五（正科级）",
    "副科级": "成员：赵六（副科级）",
    "正厅级": "组长：张三（正厅级）",
    "副厅级": "副组长：李四（副厅级）",
    "正县级": "组长：张三（正县级）",
    "副县级": "副组长：李四（副县级）",
    "正局级": "组长：张三（正局级）",
    "副局级": "副组长：李四（副局级）",
    "正厅长级": "组长：张三（正厅长级）",
    "副厅长级": "副组长：李四（副厅长级）",
    "正部长级": "副秘书长：丁学东（正部长级） (rosters round 6: a rank, no post)",
    "副部长级": "副组长：李四（副部长级）",
    "正部级": "组长：张三（正部级）",
    "副部级": "副组长：李四（副部级）",
    # rosters round 7 (s12): which deputy runs the group's daily work — a remark on the role, no post
    "常务": "副组长：胡继军（常务）、 邱  铭 (长沙 岳麓区 街道 2018)",
    "执行": "副组长：李四（执行）",
    "试用期一年": "副组长：李四（试用期一年）",
    "试用期一个月": "成员：王五（试用期一个月）",
}

# Roster roles that are also the posts of an office's leaders (rosters round 6): a leaders page lists
# 市长：…／副市长：…／秘书长：向志刚／副秘书长：盛立新 (an encyclopedia's page of a city government) —
# posts, not a roster. Members in these roles are kept only where the document names members in
# another roster role too (组长, 主任, 成员 …).
ROSTER_OFFICE_ROLES: dict[str, str] = {
    "秘书长": "秘书长：向志刚 (a city government's leaders page: a post)",
    "副秘书长": "副秘书长：丁学东（正部长级）、丁向阳 (国务院办公厅's leaders: posts)",
}

# A member's post that is a staff grade, not a title (rosters round 5): read only where a roster runs
# names and posts together, after an organization (江文远县生产力促进中心干部, 蒙山 2022, dev
# chacewang); never a title of 任免.
ROSTER_STAFF_POSTS: dict[str, str] = {
    "干部": "江文远县生产力促进中心干部",
    "干事": "成员：李四县委组织部干事",
    "科员": "成员：王五县财政局科员",
    "工作人员": "成员：赵六县政府办公室工作人员",
}

# Honorifics printed right after a member's name (Hong Kong and Macau committees, expert panels):
# the name is what comes before them. Value: a real use.
ROSTER_HONORIFICS: dict[str, str] = {
    "先生": "成員：李文俊先生，BBS，MH，JP (香港 委員會成員名單)",
    "女士": "成員：黃碧嬌女士，MH",
    "博士": "副主席：羅致光博士，GBS，JP",
    "教授": "成員：陳曉峰教授，JP / 委员：李四教授 (专家委员会)",
    "院士": "主任委员：张三院士 (专家咨询委员会)",
    "研究员": "委员：李四、王五研究员 (专家委员会; 市农科院研究员 stays a post)",
    "议员": "成員：張宇人議員，GBS，JP",
    "太平绅士": "成員：何君堯太平紳士",
}
# Post-nominal letters of Hong Kong honours and appointments after a name: 李文俊先生，BBS，MH，JP.
ROSTER_POST_NOMINALS: dict[str, str] = {
    "GBM": "大紫荊勳章", "GBS": "金紫荊星章", "SBS": "銀紫荊星章", "BBS": "銅紫荊星章", "MH": "榮譽勳章",
    "JP": "太平紳士", "SC": "資深大律師",
}  # fmt: skip

# Verbs before a holder in 'HOLDER为ROLE' (会议确定张三为联络员): the holder is what follows the verb.
# Each with a typical use.
ROSTER_NAMING_VERBS: dict[str, str] = {
    "确定": "会议确定张三为联络员",
    "明确": "明确李四为办公室主任",
    "指定": "指定王五为召集人",
    "推选": "推选赵六为召集人",
    "推举": "推举钱七为召集人",
    "增补": "增补李四同志为领导小组成员 (调整领导小组成员的通知)",
    "调整": "调整王五同志为领导小组副组长",
    # not a verb: the preposition before the holder, whose post was read as 由县长 (rosters round 5)
    "由": "成立工作专班，由县长张三为组长",
}

# Verbs that give a roster role a new holder, between the role (and 由 the one who held it) and the new holder
# (rosters round 4; 变更为, 更换为, 更改为, 改为 in round 8). Each with a typical use.
ROSTER_ADJUSTED_VERBS: dict[str, str] = {
    "调整为": "领导小组组长由张三同志调整为李四同志",
    "变更为": "领导小组副组长变更为李四",
    "更换为": "指挥部副指挥长由张三更换为王五",
    "更改为": "领导小组成员由张三更改为赵六",
    "改为": "领导小组办公室主任改为李四同志",
}
# Why a member leaves a roster, after the member's name and before the successor (rosters round 8):
# 领导小组成员王五同志调离，由赵六同志接任. Each with a typical use.
ROSTER_VACATING_VERBS: dict[str, str] = {
    "调离": "领导小组成员王五同志调离，由赵六同志接任",
    "调走": "副组长李四调走，由王五同志担任",
    "退休": "副组长张三同志退休，其职务由李四同志接任",
    "离任": "成员赵六同志离任，由钱七同志接任",
    "工作调动": "成员王五同志工作调动，由赵六同志接任",
    "工作变动": "成员李四同志工作变动，由孙八同志接任",
}

# Ends of a roster line that names a post and no person (a name lost in conversion, or a roster by
# post): the roster stays open under its role and the line gives nothing (丹东 2017: 区经发局负责人).
ROSTER_BARE_POST_ENDINGS: dict[str, str] = {
    "负责人": "区经发局负责人 (丹东 2017, the name lost)",
    "负责同志": "区财政局主要负责同志",
}
# Committees that are government departments or bodies with posts of their own: "X委员会由A任主任" names a
# department's head (a change of post), never a roster's role (rosters round 6, s11). Their endings.
DEPARTMENT_COMMITTEE_ENDINGS: dict[str, str] = {
    "改革委员会": "区发展和改革委员会",
    "健康委员会": "市卫生健康委员会",
    "计划生育委员会": "县人口和计划生育委员会",
    "教育委员会": "区教育委员会",
    "技术委员会": "市科学技术委员会",
    "事务委员会": "省民族事务委员会",
    "检查委员会": "县纪律检查委员会",
    "监察委员会": "区监察委员会",
    "常务委员会": "人民代表大会常务委员会",
    "管理委员会": "经济开发区管理委员会",
    "城乡建设委员会": "市城乡建设委员会 (not 工程建设委员会: 南水北调工程建设委员会由国务院总理任主任)",
    "经济委员会": "市经济和信息化委员会",
    "信息化委员会": "市经济和信息化委员会",
    "交通委员会": "市交通委员会",
    "商务委员会": "市商务委员会",
    "资产监督管理委员会": "市国有资产监督管理委员会",
}

# How a roster names its member units by post only, after the people it names (rosters round 6, s11):
# 成员：市政府办公室主任彭伟洪，市政府办公室副主任石战宇，罗浮镇、黄槐镇政府主要负责同志，… — the people are
# read, the units by post are no member. A piece that ends so (or opens on 各 and ends in a title: 各镇镇长).
ROSTER_COLLECTIVE_ENDINGS: dict[str, str] = {
    "负责同志": "市发展改革局、市财政局主要负责同志 (兴宁 2021)",
    "负责人": "各乡镇分管负责人",
    "主要领导": "各镇（街道）主要领导",
    "分管领导": "市财政局、市水务局分管领导",
    "领导同志": "有关单位分管领导同志",
}

# Unit endings of a member's unit printed before the name without a post (robustness round 8):
# 成员：区发改委赵六、区财政局钱七 — the unit is the member's post as printed. Narrow on purpose
# (never a place: 省, 市, 区 …, whose last character starts many names' units).
ROSTER_UNIT_ENDINGS: dict[str, str] = {
    "局": "区财政局钱七",
    "委": "区发改委赵六",
    "办": "区委办孙八",
    "办公室": "区政府办公室周九",
    "中心": "区政务服务中心吴十",
    "分局": "市生态环境局某某分局郑一",
    "街道": "某某街道王二",
    "厅": "省财政厅李三",
    "部": "区委组织部张四",
}

# Titles that name their own place: a 区长 sits in a government, so in 区委常委、副区长 the
# second post does not take 区委 from the first. Such a title inherits the organization of the
# post before it only from a government (…人民政府副区长、代理区长). Every other post without an
# organization of its own inherits the previous post's (…人民检察院副检察长、检察委员会委员、检察员).
PLACE_HEAD_TITLES: frozenset[str] = frozenset(
    t
    for t in TITLES
    if t.endswith(("省长", "市长", "区长", "县长", "镇长", "乡长", "州长", "旗长", "总理", "国务委员"))
    and not t.endswith("助理")
)
# Organizations a place-head title may inherit from (see PLACE_HEAD_TITLES).
GOVERNMENT_SUFFIXES: tuple[str, ...] = ("人民政府", "政府")
# apages21: a body named without its place right after a party post of that place, in one clause of one person's posts:
# the place of the party committee (X委 — X ends like a place) is carried (周文同志当选为扎赉特旗委常委、人民政府副旗长 →
# 扎赉特旗人民政府副旗长 — zltq 2021, dev). Each: a class-typical example.
PLACELESS_BODIES: dict[str, str] = {
    "人民政府": "张三当选为扎赉特旗委常委、人民政府副旗长 (zltq 2021, dev)",
    "政府": "张三任某县委副书记、政府县长",
    "人大常委会": "张三当选为某县委副书记、人大常委会主任",
    "政协": "张三任某区委常委、政协主席",
}
PARTY_COMMITTEE_MARK = "委"  # 扎赉特旗委: the place, then 委
# a place's level words: the one table (vocab.tasks.PLACE_LEVELS, 省市县区州盟旗镇乡), not written again (rev21)
PARTY_COMMITTEE_PLACE_ENDS: tuple[str, ...] = tuple(PLACE_LEVELS)
# apages21: a post that opens with a level word alone (镇人大主席团主席, 县人大常委会主任) after a post of a place of that
# level (滔溪镇人民政府镇长) in one clause takes the place (谢波、杨景宪两名同志分别以全票当选为滔溪镇人民政府镇长和镇人大
# 主席团主席 — anhua, dev). The place opens the earlier post, two to six characters before its level word, none of them
# a body's (某市财政局 | 局 is no place).
LEVEL_OPENED_PLACE_MAX = 6
# …only a place's own organs after the level word (its government, congress, CPPCC, party committee): a department stays
# as printed (免去卢炳椿泉州市人民政府副市长、市公安局局长的职务 — round 2's label and the cjgcw truth keep 市公安局局长).
LEVEL_PLACE_ORGANS: tuple[str, ...] = ("人民政府", "政府", "人大", "政协", "委")
PLACE_NEVER_CHARS: str = "局院委部会厅司处办所站队署"
PARTY_NAME_PREFIX = "中共"  # 中共某县委: the party's name before the place, not part of it
# rev21: committees named place + 委 that are not the place's party committee — the Youth League's and the other
# parties' (共青团某县委 / 团县委 / 民盟某市委): a body after such a post takes no place from it (张三任共青团某县委书记、
# 人民政府副县长 gave 共青团某县人民政府副县长). A place never opens with one of these (团县 / 团市: the league's committee
# of a place not named; 团风县 is a place). Each with its committee.
NOT_PLACE_OPENERS: dict[str, str] = {
    "共青团": "共青团某县委书记",
    "共青團": "共青團某縣委書記",
    "团县": "团县委书记",
    "团市": "团市委副书记",
    "团区": "团区委书记",
    "团省": "团省委书记",
    "团州": "团州委书记",
    "团旗": "团旗委书记",
    "团镇": "团镇委书记",
    "团乡": "团乡委书记",
    "民革": "民革某市委主委",
    "民盟": "民盟某市委主委",
    "民建": "民建某市委主委",
    "民进": "民进某市委主委",
    "农工党": "农工党某市委主委",
    "农工民主党": "农工民主党某市委主委",
    "致公党": "致公党某市委主委",
    "九三学社": "九三学社某市委主委",
    "台盟": "台盟某市委主委",
}
# rev21: two-character words whose last character is a level word but that name no place (a residential quarter, a
# park, a scenic area, a supermarket, a city's company): the earlier post's level word must not end one for its place
# to be carried (张三任某某小区党支部书记、区人大常委会委员 gave 某某小区人大常委会委员). Each with a post it opens.
LEVEL_WORD_NOUNS: dict[str, str] = {
    "社区": "某某社区居委会主任",
    "小区": "某某小区党支部书记",
    "园区": "某某园区管委会主任",
    "景区": "某某景区管理局局长",
    "校区": "某某校区主任",
    "厂区": "某某厂区主任",
    "矿区": "某某矿区矿长",
    "街区": "某某街区负责人",
    "库区": "某某库区移民局局长",
    "营区": "某某营区主任",
    "辖区": "某某辖区派出所所长",
    "城市": "某某城市建设投资公司总经理",
    "超市": "某某超市总经理",
    "都市": "某某都市报社社长",
    "门市": "某某门市部经理",
    "集市": "某某集市管理处主任",
    "乡镇": "某某乡镇企业局局长",
}
# apages21: the CPPCC named two ways in one story (孫偉當選湖北省政協主席, then 選舉孫偉為政協湖北省第十三屆委員會主席 —
# ynkmhao, dev): the place before 政协, or 政协 before the place and its term's committee. One post.
CPPCC_SHORT = "政协"
CPPCC_TERM_COMMITTEE_PATTERN = r"第[一二三四五六七八九十\d]{1,3}届(?:全国)?委员会$"

# Middle dots inside names of many minorities: 阿卜杜吉力力·阿卜来提 (南湖 2025), 司马义·艾买提.
# Such a name needs no listed surname: each part is Chinese characters, the parts joined by dots.
# The dot as fonts and input methods print it: · (U+00B7), ・ (katakana), • (bullet), ‧ (U+2027,
# Taiwan's Big5 dot: 買買提‧艾力), ･ (half-width katakana, a Shift-JIS round trip).
NAME_DOTS = "·・•‧･"
DOTTED_NAME_MAX = 16  # Chinese characters in a dotted name, dots not counted

# Words a roster entry may carry that are not part of a name: 李四同志.
HONORIFICS: tuple[str, ...] = (
    "同志",
    # Round 17: Hong Kong and company notices name people with 先生 / 女士 before the verb — 鄧仁杰先生於2023年
    # 7月24日辭任本公司董事會主席 (irasia, probe fit); two characters each, as 同志.
    "先生",
    "女士",
)

# Words that make a "post" a story: a post never holds them (黄敏、高自民之前分别担任深圳市宝安区委书记和
# 龙岗区委书记 — 文汇 2017 — is news, not a change). Each with what it tells.
POST_NARRATIVE_WORDS: tuple[str, ...] = (
    "担任",  # 之前分别担任…书记: what someone held before
    "分别",  # 分别担任 / 分别为
    "之前",  # …之前
    "曾任",  # 曾任…局长
    "现任",  # 现任…局长
    "出任",  # 去年9月出任市委常委
    "候选人",  # 提名为…区长候选人: a nomination, not a post
    "辞去",  # …市长职务、邓为辞去…副市长职务: another resignation, not part of a post (遂宁 2018)
    # verbs printed after a name: a "post" holding one is another clause (…、黄文杰(无党派)获聘…馆员, 中山大学)
    "获聘",
    "受聘",
    "被聘",
    "被任命",
    "当选",
    "同志为",  # 任命张三同志和李四同志为X read 张三 with the post 和李四同志为X (round 7)
    "同志任",
    # Round 17: the next clause of a sentence read as a further post of the person before it — a move
    # verb or a time before the news inside a "post" is another person's change, or a post held before:
    # 原北京大学常务副校长林建华升任重庆大学校长,原中国农业大学副校长孙其信升任X (林建华 had the post
    # 原中国农业大学副校长孙其信升任X; damoshentu, probe fit) / 张柱接任银川市委书记,此前张柱任固原市委书记
    # (bbs.mala, probe fit). 出任 and 之前 are above.
    "调任",
    "转任",
    "改任",
    "升任",
    "提任",
    "接任",
    "就任",
    "履任",
    "上任",
    "接掌",
    "履新",  # round 18: 此番履新 / 履新后 — a story, never part of a post
    "此前",
    "先前",
    "早前",
)

# --------------------------------------------------------------------------------------------
# Clause words of personnel changes (issue 9, round 4: the classes of 任免 layouts), as data.
# --------------------------------------------------------------------------------------------

# Words that open a clause deciding a change without a verb of its own; what follows reads like
# the decision itself. Each with a real clause.
DECISION_LEADS: dict[str, str] = {
    "决定": "决定毛伟明副省长为湖南省人民政府代理省长 (湖南 2020)",
    "同意": "同意李娟任政协第十三届中山市委员会社会法制和民族宗教委员会副主任 (中山政协)",
}

# Round 19: verbs announcing a decision named before its changes, in the same sentence: 宣布了中共中央、国务院关于
# 南京大学校长职务任免的决定,吕建为南京大学校长 (upkao 2018, probe fit) — the clause ending in 决定 makes the next
# clauses of its sentence decided, as 决定A为X does (component f: A为X alone is a story's apposition, and was
# left out). Each with a real clause.
ANNOUNCING_VERBS: dict[str, str] = {
    "宣布": "中共中央组织部在北京大学宣布了中共中央、国务院的任免决定,邱水平任北京大学党委书记 (upkao, probe fit)",
    "宣读": "胡立强宣读了中共湖北省委决定:王伟同志任某医院院长 (tjh 2017, probe fit)",
    "公布": "新华社公布中央日前对贵州省委主要领导的任免决定:赵克志同志任贵州省委书记 (takungpao 2014, dev)",
    "传达": "会议传达了省委的任免决定,张三任某市委书记",
}

# Removal verbs beside 免去: the post is then closed by 职务 or 一职. Each with a real clause.
REMOVE_VERBS: dict[str, str] = {
    "免去": "免去王国军的上海市高级人民法院民事审判第五庭副庭长、审判员职务 (上海 2013)",
    "解聘": "解聘张三的某中心主任职务",
    "撤销": "撤销陈雪明的上海市高级人民法院审判委员会委员…职务 (上海 2013)",
    "免除": "免除路正阳同志常务副县长一职 (涉县 2015)",
    "罢免": "罢免张三的某市人民政府副市长职务 (a recall by the congress that elected)",
    "解除": "解除张三的某中心主任职务",
}

# Words that close a post in a removal, like 职务. Each with a real clause.
POST_TAIL_WORDS: dict[str, str] = {
    "职务": "免去蓝良木的漳州市应急管理局局长职务 (漳州 2021)",
    "一职": "免除孟凡哲同志副县长一职 (涉县 2015)",
}

# Remarks printed in brackets right after a name, neither name nor post: the word the bracket opens
# with (up to 20 more characters may follow it inside). Each with a real clause.
NAME_REMARK_LEADS: dict[str, str] = {
    "女": "免去左力(女)的司法部副部长职务 (国务院任免) / 任命王强（女，汉族）为…",
    # Round 18: where the person stands in the photo beside the story (陳健波(右圖)則辭任財委會主席 — am730, probe fit)
    "左": "张三(左)任某局局长 / 张三(左图)辞去某局局长职务 / 李四（左二）当选为某协会会长",
    "右": "陈健波(右图)则辞任财委会主席 (香港 2022, am730 probe fit) / 张三（右二）当选为某协会会长",
    "中": "张三(中)任某局局长",
    "图": "张三(图)任某局局长 / 李四（图右）辞去某局局长职务",
    "资料图": "张三(资料图)任某局局长",
    # Round 18: a company notice's pointer to the person's résumé (同意聘任陈章瑞先生(简历附后)为公司总经理 —
    # epaper.cs.com.cn, probe fit: the post had read 先生（简历附后）为公司总经理, 李四女 a false person)
    "简历": "董事会同意聘任陈章瑞先生(简历附后)为公司总经理 / 聘任李四女士（简历详见附件）为公司副总经理",
    "男": "任命张三(男,1970年生)为某局局长",
    "挂职": "任命：/ 李四（挂职）　某市财政局副局长 (round 6)",
    "试用期": "任命张三（试用期一年）为某市财政局副局长",
    # Round 7: a grade, a term, an ethnicity or a party printed after the name (classes of 任免通知).
    "正处级": "张三（正处级）为某市财政局局长 (a grade kept by the person, 职级)",
    "副处级": "任命张三（副处级）为某市财政局副局长",
    "正科级": "张三（正科级）任某县财政局局长",
    "副科级": "免去李四（副科级）的某县财政局副局长职务",
    "正县级": "任命张三（正县级）为某市财政局局长",
    "副县级": "任命张三（副县级）为某市财政局副局长",
    "正厅级": "任命张三（正厅级）为某省财政厅厅长",
    "副厅级": "任命张三（副厅级）为某省财政厅副厅长",
    "享受": "任命张三（享受正科级待遇）为某县财政局副局长",
    # round 15: a birth date alone (the keys are joined as a regex alternation, unescaped)
    r"[12]\d{3}[年.]": "张三（1975年3月生）任某市财政局局长 / 任命张三（1975.03）为某县县长",
    "任期": "任命张三（任期三年）为某中心主任",
    "聘期": "聘任张三（聘期三年）为某市人民政府参事",
    "援疆": "任命张三（援疆）为某县副县长",
    # Round 25: how the post is held, after a name of a list (选举王晖、张磊、庞艳杰(挂职)、方志欣(兼职)为副书记 —
    # 周口 youth league, dev zkyouth: the whole list had given nothing)
    "兼职": "选举张三、李四（兼职）为副书记 / 任命李四（兼职）为某协会副会长",
    "专职": "选举张三（专职）、李四（兼职）为副主席",
    "挂任": "任命张三（挂任）为某县副县长",
    "援青": "任命张三（援青）为某县副县长",
    "交流": "任命张三（交流）为某县副县长 / 李四（交流任职）任某镇镇长",
    "援藏": "任命张三（援藏）为某县副县长",
    "回族": "任命张三（回族）为某县县长",
    "满族": "任命张三（满族）为某县县长",
    "蒙古族": "任命张三（蒙古族）为某旗旗长",
    "藏族": "任命张三（藏族）为某县县长",
    "壮族": "任命张三（壮族）为某县县长",
    "苗族": "任命张三（苗族）为某县县长",
    "彝族": "任命张三（彝族）为某县县长",
    "土家族": "任命张三（土家族）为某县县长",
    "维吾尔族": "任命张三（维吾尔族）为某县县长",
    "无党派": "任命张三（无党派）为某市人民政府参事",
    "民盟": "任命张三（民盟）为某市副市长",
    "民进": "任命张三（民进）为某市副市长",
    "民建": "任命张三（民建）为某市副市长",
    "民革": "任命张三（民革）为某市副市长",
    "九三学社": "任命张三（九三学社）为某市副市长",
    "致公党": "任命张三（致公党）为某市副市长",
    "农工党": "任命张三（农工党）为某市副市长",
    "非中共党员": "任命张三（非中共党员）为某市副市长",
}

# Words between a name and the post it holds, in a list under a verb (任命： / 免去：) or after
# one: the verb in force decides the action. Longest first when matched. Each with a real line.
HELD_POST_MARKERS: dict[str, str] = {
    "现任": "免去：/ 赵尔陆现任第二机械工业部部长职务, (国务院 1958 议案)",
    "兼任": "免去：/ 周恩来兼任外交部部长职务, (国务院 1958 议案)",
    "兼": "任命：/ 陈毅兼外交部部长, (国务院 1958 议案)",
}

# Bodies whose posts are held in the body itself, not in a unit inside it: a court's 审判员 is the
# court's, not its 庭's. A later post of such a body takes the body (the organization up to the
# suffix), never the unit: 上海市高级人民法院民事审判第一庭副庭长、审判员 → 上海市高级人民法院审判员.
BODY_SUFFIXES: dict[str, str] = {
    "人民法院": "上海市高级人民法院审判员 (上海 2013)",
    "人民检察院": "虹口区人民检察院检察员 (虹口 2015)",
    "分院": "广东省人民检察院广州铁路运输分院检察长、检察委员会委员、检察员 (广东 2024, dev N; round 12)",
    "人大常委会": "河南省人大常委会办公厅主任 (河南 2017)",
    "人民代表大会常务委员会": "某省人民代表大会常务委员会办公厅主任",
    "人民政府": "某市人民政府办公室主任",
    # a party committee (round 6): 中共某市委常委、组织部部长 → 中共某市委组织部部长
    "省委": "中共某省委常委、宣传部部长",
    "市委": "中共某市委常委、组织部部长",
    "州委": "中共某州委常委、统战部部长",
    "县委": "中共某县委常委、政法委书记",
    "区委": "中共某区委常委、组织部部长",
    "旗委": "中共某旗委常委、宣传部部长",
}
# Titles held in a body (BODY_SUFFIXES), never in a unit inside it. Each with a real post.
BODY_MEMBER_TITLES: dict[str, str] = {
    "审判员": "上海市高级人民法院审判员 (上海 2013)",
    "审判委员会委员": "上海市高级人民法院审判委员会委员 (上海 2013)",
    "检察员": "虹口区人民检察院检察员 (虹口 2015)",
    "检察委员会委员": "虹口区人民检察院检察委员会委员 (虹口 2015)",
}
# Units inside a body: a post whose organization is only such a unit (民事审判第一庭, 办公厅) and
# follows a post of the body takes the body in front: 河南省人大常委会副秘书长、办公厅主任 →
# 河南省人大常委会办公厅主任. Each with a real post.
SUB_UNIT_SUFFIXES: dict[str, str] = {
    "庭": "上海市高级人民法院民事审判第一庭庭长 (上海 2013)",
    "办公厅": "河南省人大常委会办公厅主任 (河南 2017)",
    "办公室": "某市人民政府办公室主任",
    "研究室": "某省人大常委会研究室主任",
    "工作委员会": "某省人大常委会法制工作委员会主任",
    # the departments of a party committee (round 6)
    "组织部": "中共某市委常委、组织部部长",
    "宣传部": "中共某省委常委、宣传部部长",
    "统战部": "中共某州委常委、统战部部长",
    "统一战线工作部": "中共某市委常委、统一战线工作部部长",
    "政法委": "中共某县委常委、政法委书记",
    "政法委员会": "中共某县委常委、政法委员会书记",
    "纪委": "王双全任湖南省委常委、纪委书记 (2021, dev N; round 12)",
    "纪律检查委员会": "中共某市委常委、纪律检查委员会书记 (round 12)",
}

# Surnames left out of SINGLE_SURNAMES because, first in a clause, they far more often start a word
# (农业, 全区, 门头沟, 项目, 强化, 查处): a name with one is read only where the clause itself bounds
# it — right after a verb and right before 为 / 的 (任命农融为… / 免去农融的…). Each with a real name.
BOUNDED_SURNAMES: dict[str, str] = {
    "农": "农融 (任命农融为国务院港澳事务办公室副主任 — 国务院任免)",
    "释": "释宽东 (王旺红、李虎成、张小强、程喜江、释宽东为常务委员 — 天水 2021, dev K; a monk's surname, round 8)",
    "全": "全哲洙 (中央统战部副部长)",
    "门": "门少起 (南皮县 2019 任职议案)",
    "项": "项俊波 (保监会主席)",
    "强": "强卫 (江西省委书记)",
    "查": "查良镛",
    "区": "区鉷 (徐远通(无党派)、区鉷(民进)、罗斯宁(民盟)…获聘省文史研究馆馆员 — 中山大学)",
    "令": "令计划 (政协第十二届全国委员会副主席 — 2013; 令 starts words: 令其, 令人)",
    "才": "才利民 (才 starts words: 才能, 才是)",
    # round 15: 代 starts 代理, 代表, 代市长
    "代": "代志超 (文鸿晨、代志超、刘宁…当选为夷陵区人民政府副区长 — 夷陵 2021, dev T) / 代平 (四川政协 2022, dev)",
    # round 24: 步 starts words (步行, 步骤): 新聘参事代表步宏、张剑渝、杨虎就…发言 (成都日报 2016, dev xinwenba)
    "步": "步宏 (成都市人民政府参事)",
    # round 25: 别 starts words (别的, 别人, 分别); a list line of secretaries-general — 别必雄任湖北省政府秘书长
    # (长安街知事 2018, dev jusar)
    "别": "别必雄 (湖北省政府秘书长)",
    # rosters round 18: 呼 starts words and places (呼吁, 呼和浩特): 县委常委、政法委书记、县扫黑除恶领导小组常务副组长
    # 呼廷贵讲话指出 (xjyszb 2018, dev) — the role before and the story's verb after bound the name
    "呼": "呼廷贵 (县扫黑除恶领导小组常务副组长)",
    # anews21: 慎 starts words (慎重研究, 慎用): 慎海雄同志任中央广播电视总台台长、党组书记 (hebei.com.cn 2018, dev: no
    # document at all, the one change unread)
    "慎": "慎海雄 (中央广播电视总台台长)",
}

# Round 25: words that open with a surname of BOUNDED_SURNAMES — a three-character run starting with one of these, first
# in its clause before 同志 / 任, is no name (代表团任X, 全体人员同志…, 项目组任…). Each a word of government text.
BOUNDED_SURNAME_WORDS: frozenset[str] = frozenset(
    {
        "代表",
        "代理",
        "代管",
        "代办",
        "全体",
        "全部",
        "全市",
        "全县",
        "全区",
        "全省",
        "全镇",
        "全乡",
        "全国",
        "全员",
        "强化",
        "强调",
        "项目",
        "门诊",
        "门户",
        "查处",
        "查办",
        "区域",
        "区委",
        "令其",
        "才能",
        "步行",
        "别的",
        "别人",
        "农业",
        "农村",
        "农民",
        "释放",
        "门类",
        "查询",
        "强制",
        "呼吁",
        "呼和",
        "呼应",
        "呼叫",
        "慎重",  # anews21: 慎重研究决定
        "慎用",
    }
)
# Surnames left out of SINGLE_SURNAMES (they start words: 党委, 商务局, 海淀区, 平谷区, 国务院) read in one more place
# (precision round 17): a roster entry line that opens with the name, a wide gap, then a post ending in a title
# (党双忍　省林业局局长) — the gap and the post bound the name, as for BOUNDED_SURNAMES. Each with a real name.
ROSTER_ENTRY_SURNAMES: dict[str, str] = {
    "党": "党双忍 省林业局局长 (陕西省生活垃圾分类工作领导小组 2022, dev hjkjkg)",
    "商": "商黎光 (河北省政协副主席)",
    "海": "海峰 (某县副县长)",
    "平": "平力群 (某市政府副秘书长)",
    "国": "国林 (某县财政局局长)",
    "原": "原清海 (某县教育局局长)",
    "干": "干以胜 (中央纪委副书记)",
    "战": "战英杰 (某市副市长)",
    "相": "相里斌 (中国科学院副院长)",
    "计": "计永胜 (某县水利局局长)",
    "宣": "宣晓伟 (某区发展改革委主任)",
}

# Last characters that make three characters after such a surname a word, not a name: 党总支, 相关方, 原单位, 党外人士.
ROSTER_ENTRY_NEVER_LAST: dict[str, str] = {
    "支": "党总支 / 党支部书记",
    "方": "相关方",
    "位": "原单位",
    "人": "相关人 / 党外人士",
    "员": "原成员 / 党员",
    "街": "商业街",
    "主": "计委主任 (cut)",
    "士": "党外人士",
}

# Surnames read only inside a run of names printed without separators, between the start of a
# clause and its verb (范照兵王晓东…当选X): the run bounds every name, and a split using one of these
# (or a less common surname) loses to a split using common ones only (round 13). Each with a real name.
RUN_ONLY_SURNAMES: dict[str, str] = {
    "时": "时清霜 (袁桐利陈刚…夏延军时清霜当选省政府副省长 — 河北 2018, dev lfdjt)",
}
# apost21: these are read too in an item of a post-first list (records/appointments/lists._post_first_item), where the
# title before the name and the separator after it bound it as a run does: 他们分别是：省民政厅厅长余向东、民族事务委员会
# 主任时先政、… (cm163 2023, dev). BOUNDED_SURNAMES are read there as well.

# Titles printed with the 部 of their ministry shared (外交部长 = 外交部部长): a two- or three-character
# field before them is the ministry's name (round 13). Each with a real post.
MINISTRY_SHORT_TITLES: dict[str, str] = {
    "部长": "新任外交部長吳釗燮、國防部長嚴德發 (台湾 2018, dev yam); 外交部长王毅",
    # round 19: a Hong Kong department's head — 政府新聞處處長朱曼鈴，將於下月九日出任香港郵政署長 (881903, dev)
    "署长": "香港邮政署长 / 邮政署长",
    # a county's bureaus and departments as Taiwan's press shortens them, after the county or 县府 (round 14)
    "局长": "關嘉荣陞任金門縣地政局長 (台湾 2025, dev R ltn)",
    "处长": "新任縣府財政處長陳國庭 (台湾 2025, dev R ltn) / 主計處長王崑龍",
}
# Round 15: words of a clause naming a group given posts, whose holders follow in the next clause as post +
# name items after 分别为/包括 (dev parts R and S). Without one of these such a list tells who holds what
# (女性干部共4人，分别是南京市委书记韩立明、…: nothing). Each with a real clause.
HOLDERS_LIST_LEADS: dict[str, str] = {
    "候任": "澳門第5屆特區政府候任主要官員及檢察長,分別為行政法務司司長張永春、…,及檢察院檢察長葉迅生 (dev supermedia)",
    "转正": "代市长均已转正，包括南京市市长夏心旻、苏州市市长吴庆文、…、淮安市市长史志军 (2022, dev peopleweekly)",
}
# Round 17: a lead announcing the people appointed, then a roll of post + name items, one to a clause or
# a ；-sentence, the last perhaps after 以及 / 及 / 和 — 九名獲委任人士名單如下：財政司司長政治助理葉根銓；…；以及保安局
# 局長政治助理盧奕基 (zhenyuan007, probe fit). How such a lead ends; a lead holding a word of
# APPOINTED_ROLL_REFUSALS announces no appointment.
APPOINTED_ROLL_HEADS: dict[str, str] = {
    "获委任人士名单如下": "九名獲委任人士名單如下：財政司司長政治助理葉根銓；發展局局長政治助理張文韜；…",
    "获委任人士如下": "獲委任人士如下：X局局長政治助理A；Y局局長政治助理B",
    "获委任人士名单": "獲委任人士名單：X局副局長A；Y局副局長B",
    "获委任名单如下": "獲委任名單如下：X局副局長A；Y局副局長B",
    "委任名单如下": "副局長委任名單如下：X局副局長A；Y局副局長B",
    "获任命人士名单如下": "獲任命人士名單如下：X署署長A；Y署署長B",
}
# Words that make such a lead a proposal or a list of candidates, not of the people appointed (round 17).
APPOINTED_ROLL_REFUSALS: dict[str, str] = {
    "拟": "拟委任人士名单如下：X局副局长A；Y局副局长B",
    "候选": "候选人士名单如下",
    "提名": "获提名人士名单如下",
    "公示": "公示名单如下",
    "人选": "拟任人选名单如下",
}

# Words listing a change among others, printed before its post, no part of it (round 17): 行政院公布内阁人事
# 异动名单,包括内政部长由A接任 (ezway / news.cts, probe fit). Read before a post whose successor follows 由.
LISTED_CHANGE_LEADS: dict[str, str] = {
    "包括": "行政院公布内阁人事异动名单,包括内政部长由A接任 (ezway / news.cts, probe fit)",
    "其中": "其中外交部长由A接任",
    "另外": "另外财政部长由B接任",
    "此外": "此外经济部长由C接任",
}

# Round 15: titles named after the unit they head, whose unit's kind is no organization suffix of its
# own (司 ends 公司 too): the organization must end with that kind. Title → (kind, real example).
UNIT_HEAD_TITLES: dict[str, tuple[str, str]] = {
    "司长": ("司", "国务院任命郑若骅为律政司司长 (香港) / 外交部礼宾司司长 / 行政法务司司长 (澳门)"),
    "副司长": ("司", "任命张三为政务司副司长 (香港) / 外交部礼宾司副司长"),
}
# What may stand before such a short name: the county or city, or its government (县府, 市府).
SHORT_TITLE_PLACES: dict[str, str] = {
    "县府": "县府财政处长",
    "市府": "市府民政局长",
    "县政府": "县政府主计处长",
    "市政府": "市政府工务局长",
    "县": "金门县地政局长",
    "市": "台北市交通局长",
    "香港": "香港邮政署长 (881903, dev; round 19)",
}

# A seat on a whole CPPCC committee is not a post: the labelled corpus leaves it out, as it leaves out
# deputies' seats (同意增补马晓凤等53名同志为十二届省政协委员 — 四川 2022, dev; 增补A为政协第十二届全国委员会
# 委员、…副主任 gives the 副主任 only — 2015 roundup, dev). Standing-committee and special-committee
# members are posts (政协天水市麦积区第八届委员会常务委员, 政协常务委员会委员). Round 13.
CPPCC_SEAT_PATTERN = r"^[^、，,]{0,20}(?:政协|政治协商会议)(?:[^、，,委]{0,20}届(?:全国)?委员会)?委员$"

# One-character adverbs printed between a person and the verb of a change in news: 王建華則不再擔任黨委書記
# (kaqiz, probe fit) had given the false person 王建华则; 张三亦不再担任X the person 张三亦 (round 17). The
# name is read without them; the change stands as printed.
NAME_VERB_ADVERBS: dict[str, str] = {
    "则": "张柱接任X，王建华则不再担任党委书记",
    "亦": "张三亦不再担任某大学党委书记职务",
    "也": "李四也不再兼任某局局长",
    "又": "张三又兼任某委员会主任",
    "均": "张三、李四均不再担任某局副局长职务",
    "都": "张三、李四都不再担任某局副局长职务",
    # appoint32: Taiwan news' "all" (基隆市警局長陳逸峰、…高雄縣警局長李福順,皆調升為「警政委員」 — taiwan.cn 2010, dev;
    # A、B皆調升主任秘書 gave the false person 李四皆)
    "皆": "張三、李四皆調升主任秘書 / one person: 李皆任某局局長",
}
# posts18: of those, the adverbs of several persons ("all"): after one person they are no adverb but the last character
# of the name (王小均当选为X, 买买提·阿不都任Y, 免去热合曼·阿不都的Z职务 had given the false persons 王小, 买买提·阿不).
# Read as adverbs only after the second name of a list or more (张三、李四均不再担任X).
NAME_PLURAL_ADVERBS: dict[str, str] = {
    "均": "张三、李四均不再担任某局副局长职务 / one person: 王小均当选为某协会会长",
    "都": "张三、李四都不再担任某局副局长职务 / one person: 买买提·阿不都任某县副县长",
    "皆": "張三、李四皆調升主任秘書 (appoint32) / one person: 李皆任某局局長",
}
assert set(NAME_PLURAL_ADVERBS) <= set(NAME_VERB_ADVERBS)
# …and the transcribed name parts that end in one of them: after such a part 都 stays in the name even in a list
# (张三、买买提·阿不都当选为X — Abdu-, the first part of many Uyghur names, 阿不都热合曼, 阿不都拉). Part → a name.
TRANSCRIBED_PARTS_WITH_ADVERB: dict[str, str] = {
    "阿不都": "阿不都·热合曼 / 买买提·阿不都",
    "卜都": "阿卜都·热依木",
}

# Round 19: adverbs of two characters between a person and the verb, read like NAME_VERB_ADVERBS (component d: 王晨
# 同时被选为秘书长 gave nothing — tvboxnow 2013, probe fit). Each with a real clause.
NAME_VERB_ADVERB_WORDS: dict[str, str] = {
    "同时": "张德江当选为委员长…，王晨同时被选为秘书长 (tvboxnow 2013, probe fit)",
    "随后": "张三随后当选为某市人大常委会主任",
    "亦同时": "李四亦同时当选为某市政协副主席",
}

# Round 20: words of time between a person and the verb of a move, a resignation or an election (component b:
# 李四日前出任Y, 张三近日当选为Z gave nothing). Dropped before the clause is read. Never a word of the future (将,
# 拟, 即将: a change not made) nor of the past before the story (此前, 曾: a career).
# apages21: 于 (於) is a surname and the preposition "at": after a name it opens a phrase of time or place that is no
# second person (张三于会上当选为某市政协主席 gave 张三 and 于会上). The given parts that make 于 the preposition.
# tpages21: a verb word that opens with a surname's character, read as the surname and a given part when a name and
# a post seem to follow it (…宣誓就职,成为继何厚铧之后的第二位澳门特区行政长官 gave the person 成为继, taihainet 2009,
# dev). A "name" opening with one of these words is the verb: never a person. Each with an example.
VERB_NAME_HEADS: dict[str, str] = {
    "成为": "崔世安如获任命,将于十二月二十日宣誓就职,成为继何厚铧之后的第二位澳门特区行政长官",
}
# rev23: …the verb only alone (成为) or before a character that opens what one becomes (成为继… / 成为第… / 成为新…);
# 成为民 / 成为国 in 任命成为民为某市副市长 / 免去成为民的…职务 are names (tpages21 had them lost everywhere).
VERB_NAME_HEAD_NEXT: dict[str, str] = {
    "成为": "继第新首全该本我这那其一二三各",
}

PREPOSITION_SURNAMES: str = "于於"
PREPOSITION_PHRASE_PARTS: dict[str, str] = {
    # rev21: the same preposition with a year, a month or a week of the story (张三于今年当选为… gave 于今年)
    "今年": "张三于今年当选为某市政协主席",
    "去年": "张三于去年被任命为某局局长",
    "本月": "张三于本月当选为某镇人民政府镇长",
    "上月": "张三于上月被任命为某局局长",
    "本周": "张三于本周当选为某协会会长",
    "近期": "张三于近期被任命为某局局长",
    "今天": "张三于今天当选为某县人民政府县长",
    "昨天": "张三于昨天当选为某县人民政府县长",
    "当年": "张三于当年当选为某市人大代表",
    "同年": "张三于同年被任命为某局局长",
    "次年": "张三于次年当选为某市政协副主席",
    "次日": "张三于次日被任命为某局局长",
    "会上": "张三于会上当选为某市政协主席",
    "会后": "张三于会后被任命为某局局长",
    "近日": "张三于近日被任命为某局局长",
    "日前": "张三于日前当选为某协会会长",
    "今日": "张三于今日被任命为某局局长",
    "昨日": "张三于昨日当选为某县人民政府县长",
    "当日": "张三于当日当选为某镇人民政府镇长",
    "当天": "张三于当天当选为某镇人民政府镇长",
    "同日": "张三于同日被任命为某局局长",
    "上午": "张三于上午当选为某市人大常委会主任",
    "下午": "张三于下午当选为某市人大常委会主任",
    "此前": "张三于此前被任命为某局局长",
}
NAME_TIME_ADVERBS: dict[str, str] = {
    "正式": "栗战书正式任中央办公厅主任 (round 13)",
    "日前": "王五日前出任某市财政局局长",
    "近日": "赵六近日当选为某协会会长 / 宋哲近日调任X (dyajvo0fipixnet, dev)",
    "今天": "张三今天当选为某市人民政府市长",
    "今日": "张三今日获委任为某署署长",
    "昨天": "李四昨天辞去某市市长职务",
    "昨日": "李四昨日出任某集团总经理",
    "近期": "王五近期调任某市审计局局长",
    # round 26: the change the story is about (郑彧此次被任命为福州市人民政府副市长 — bkwk, dev: nothing read)
    "此次": "郑彧此次被任命为福州市人民政府副市长 (bkwk, dev)",
    "这次": "张三这次当选为某市副市长",
    "本次": "李四本次当选为某协会会长",
    # apages21: the preposition 于 (於) with a time or a place (PREPOSITION_PHRASE_PARTS): 于会上 once read as a second
    # person. rev21: made from that one table (the two had been written apart, and a part missing here lost the record
    # once people.is_person_name refused 于今年 as a name)
    **{f"{at}{part}": example for part, example in PREPOSITION_PHRASE_PARTS.items() for at in PREPOSITION_SURNAMES},
}
# …and words of a change already done, dropped only before a resignation, an election, a passive or a leaving
# (乔布斯已经辞去首席执行官职位, 乔布斯已经当选为董事会主席 — xiaoyanren 2011, probe fit: nothing, then the false
# persons 乔布 and 斯已经). Never before 任 or a move: 卢映川已任X, 王晓已调任Y tell where a person is now, a
# background the labels leave out (zgcsb 2021, bbsmala — dev).
NAME_DONE_ADVERBS: dict[str, str] = {
    "已": "张三已辞去某局局长职务",
    "已经": "乔布斯已经辞去首席执行官职位 (xiaoyanren 2011, probe fit)",
    "已于近日": "李四已于近日辞去某公司董事职务",
    "日前已": "王五日前已辞去某局局长职务",
    "近日已": "赵六近日已卸任某集团董事长",
}

# The day of a change printed between a person (and 先生 / 女士) and its verb in Hong Kong and company
# notices: 鄧仁杰先生於2023年7月24日辭任X / 馮波鳴先生於同日獲委任為X (irasia, probe fit; round 17). Only 于/於
# with a full day or 同日 / 当日 — a bare year or month before a verb tells a career (round 4) and stays out.
NAME_WHEN_PATTERN = (
    r"(?:于|於)[ \u3000]?(?:\d{4}[ \u3000]?年[ \u3000]?)?\d{1,2}[ \u3000]?月[ \u3000]?\d{1,2}[ \u3000]?日(?:起)?"
    r"|(?:于|於)(?:同日|当日)"
)  # a PDF's text layer spaces the digits: 於 2023 年 7 月 24 日

# Tables of changes (任免名单 as a table, 提请任命 annexes): the header cell of the name column and of
# the columns whose cells are posts gained or lost. Headers are compared without spaces (姓　名).
# Other columns (原任职务, 现任职务, 出生年月) state no change and are not read. Each with a real header row.
TABLE_NAME_HEADERS: dict[str, str] = {
    "姓名": "姓名 | 拟任职务 | 拟免职务 (人大常委会任免名单, Markdown)",
    "人员姓名": "人员姓名 | 任职 (round 11)",
    "干部姓名": "干部姓名 | 任免职务 (round 11)",
    "任免人员": "任免人员 | 任免职务 / 张三 | 任某局局长 (round 11)",
}
TABLE_CHANGE_HEADERS: dict[str, tuple[str, str]] = {
    "拟任职务": ("appoint", "姓名 | 拟任职务 | 拟免职务"),
    "拟任": ("appoint", "姓名 | 拟任 | 拟免 (round 6)"),
    "拟任命": ("appoint", "姓名 | 拟任命 | 拟免去"),
    "任职": ("appoint", "姓名\t任职\t免职"),
    "任命": ("appoint", "姓名 | 任命 | 免去"),
    "提请任命职务": ("appoint", "姓名 | 提请任命职务 (提请任命人员名单)"),
    "提请任命": ("appoint", "姓名 | 提请任命"),
    "聘任职务": ("appoint", "姓名 | 聘任职务"),
    "拟聘职务": ("appoint", "姓名 | 拟聘职务"),
    "拟免": ("remove", "姓名 | 拟任 | 拟免"),
    "拟免去": ("remove", "姓名 | 拟任命 | 拟免去"),
    "免职": ("remove", "姓名\t任职\t免职"),
    "免去": ("remove", "姓名 | 任命 | 免去"),
    "提请免去职务": ("remove", "姓名 | 提请免去职务"),
    "提请免职职务": ("remove", "姓名 | 提请免职职务"),
    "解聘职务": ("remove", "姓名 | 解聘职务"),
    "拟任命职务": ("appoint", "姓名\t性别\t拟任命职务"),
    "任命职务": ("appoint", "序号 | 姓名 | 任命职务"),
    "新任职务": ("appoint", "姓名 | 原任职务 | 新任职务"),
    # appoint30: a Taiwan county's 人事異動表 (姓名 | 原職 | 新職 | 生效日期); the old post is no change
    "新职": ("appoint", "姓名 | 原職 | 新職 (人事異動表)"),
    "新职务": ("appoint", "姓名 | 原職務 | 新職務 (人事異動表)"),
    "新职称": ("appoint", "姓名 | 原職稱 | 新職稱 (人事異動表)"),
    "调任职务": ("appoint", "姓名 | 現職 | 調任職務 (人事命令)"),
    "拟免职务": ("remove", "姓名 | 拟任职务 | 拟免职务"),
    "拟免去职务": ("remove", "姓名\t拟免去职务"),
    "免去职务": ("remove", "序号 | 姓名 | 免去职务"),
    "免职职务": ("remove", "姓名 | 免职职务"),
}

# --------------------------------------------------------------------------------------------
# Issue 9, round 5: passive, reported and name-first phrasings, and elections, as data.
# --------------------------------------------------------------------------------------------

# Verbs printed after the person's name (a passive, a report, or a list line 张三，免去…): the
# active verb the clause is read with, as 任命张三为… / 免去张三的…职务. Longest first when matched.
# An election to a post is an appointment (FORMAT.md); a nomination (被提名为, 提名…人选) is not
# and is never listed here. Each with a real or class-typical clause.
NAME_FIRST_VERBS: dict[str, tuple[str, str]] = {
    "被任命为": ("任命", "张三被任命为某市财政局局长"),
    "被聘任为": ("聘任", "李四被聘任为某中心主任"),
    "被聘请为": ("聘请", "王五被聘请为某市人民政府参事"),
    "被聘为": ("聘任", "李四被聘为某中心主任"),
    "获聘为": ("聘任", "张三获聘为某省人民政府参事"),
    "获委任为": ("任命", "张三获委任为某署署长 (Hong Kong and Macao texts; round 8)"),
    "获调任为": ("任命", "徐頌先生…獲調任為本公司董事會副主席及首席執行官 (irasia, probe fit; round 17)"),
    "获任命为": ("任命", "张三获任命为某市财政局局长 (round 8)"),
    "获任为": ("任命", "张三获任为某市财政局局长 (round 8)"),
    "任命为": ("任命", "张三任命为某市财政局局长 (news without 被; round 8)"),
    "获聘": ("聘任", "刘昕(无党派)、倪梁康(无党派)、吴承学(无党派)获聘省政府参事 (中山大学)"),
    "受聘为": ("聘任", "张三受聘为某市人民政府参事"),
    "受聘": ("聘任", "张三受聘某市文史研究馆馆员"),
    "被选举为": ("任命", "张三被选举为某市人民政府市长 (an election to a post)"),
    "被补选为": ("任命", "张三被补选为某市人大常委会副主任"),
    "被增选为": ("任命", "张三被增选为某市政协常务委员 (round 12)"),
    "增选为": ("任命", "王惠敏、鄭柵潔增選為副省長 (海峡都市报 2015, dev N; round 12)"),
    "被增补为": ("任命", "蔡武…被增补为全国政协第十二届全国委员会委员、外事委员会副主任 (2015 roundup, dev; round 13)"),
    "增补为": ("任命", "张三增补为某市政协副主席 (round 13)"),
    "被选为": ("任命", "张三被选为某市人大常委会主任"),
    "当选为": ("任命", "张三当选为某市人民政府市长"),
    "当选": ("任命", "张三当选某市人民政府市长"),
    "被免去": ("免去", "张三被免去某局局长职务"),
    "被免除": ("免除", "张三被免除某局局长一职"),
    "被解聘": ("解聘", "张三被解聘某中心主任职务"),
    "被撤销": ("撤销", "张三被撤销某局局长职务"),
    "被罢免": ("罢免", "张三被罢免某市人民政府副市长职务"),
    # round 20 (component a): a promotion or an election told name first in news (each had given nothing)
    "被提拔为": ("任命", "张三被提拔为某市财政局局长"),
    "提拔为": ("任命", "李四提拔为某县人民政府副县长 (news without 被)"),
    "获选为": ("任命", "張三獲選為某協會主席 (香港/台湾: an election to a post)"),
    "膺选为": ("任命", "张三膺选为某商会会长 (香港 news)"),
    # round 20: a removal told in the passive (鲁本-赛列斯已被解除一线队主教练职务 — ycshxjc 2025, probe fit)
    "被解除": ("解除", "张三被解除某公司总经理职务"),
    "免去": ("免去", "张三免去某局局长职务 / 张三，免去某局局长职务；李四，任… (list lines)"),
    "免除": ("免除", "张三免除某局局长一职"),
    "解聘": ("解聘", "张三解聘某中心主任职务"),
}
# Appointing verbs beside 任命/聘任/聘请/聘用, each leading its persons and 为. Each with a real clause.
APPOINT_VERBS_MORE: dict[str, str] = {
    "新聘": "省政府…新聘王立群等15人为省文史研究馆馆员 (河南 2013)",
    "续聘": "续聘张三为某市人民政府参事",
    "录用": "会议经表决,录用陈豪为全国人大民族委会副主任委员 (a reprint that spins 任命, round 7); 录用A为X局科员",
    "委任": "委任张三为某署署长 (Hong Kong and Macao texts; round 8)",
    "推选": "推选副县长齐双虎为名誉会长,联通公司经理何泽岭为副会长 (an association's election, dev K; round 8)",
    "布达": "县长主持布达典礼，布达张三为县府财政处长 (台湾: 布達 announces an appointment; round 14)",
    # round 16: the verb of a Taiwan presidential order naming a minister-rank official
    "特任": "總統府發布總統令，特任林子倫為行政院發言人 (台湾 news 2023, probe dev businesstoday)",
}
# A renewed appointment leading its clause, read as 任命 (round 13). Only first in the clause: 继续任
# inside one is no verb (张三继续任市长 tells, decides nothing).
RENEWAL_LEADS: dict[str, str] = {
    "续任": "二、續任李美玲為經濟局副局長，自二零二三年三月一日起，為期兩年 (澳门 行政长官批示)",
}
# appoint30: a verb that leads a Taiwan order's or county 人事命令's clause, then a name and 为 (or the
# name and the post left): read as the verb it stands for. Only first in the clause and only before a
# name — 派出所… / 调任后… / 免兼职 inside a sentence are no order. Each with a class-typical clause.
ORDER_LEAD_VERBS: dict[str, tuple[str, str]] = {
    "派": ("任命", "派陳建國為交通部公路總局副局長 (行政院令) / 三、派張三為本府民政處處長 (人事命令)"),
    "特派": ("任命", "特派陳大文為駐美國代表 (總統令; 駐港特派員宋哲 inside a sentence is a title)"),
    "派任": ("任命", "派任張三為某處處長 (人事命令)"),
    "简任": ("任命", "簡任王小明為內政部參事 (總統令: the grade as the verb; 簡任秘書 A is a title)"),
    "荐任": ("任命", "薦任李大華為某局科長 (人事命令)"),
    "核派": ("任命", "核派李大華為本府財政處科長 (人事命令)"),
    "调派": ("任命", "調派王小明為本府秘書處專員 (人事命令)"),
    "调任": ("任命", "二、調任李大華為本府財政處副處長 (人事命令: the verb first, never 张三调任X)"),
    "升任": ("任命", "升任王小明為本府民政處處長 (人事命令)"),
    "免兼": ("免去", "免兼張三本府秘書處處長職務 (人事命令)"),
}
# appoint30: a Macau 批示 (or its 批示摘錄 entry) ending or renewing a leading post's commission, the kind of
# commission as printed. A renewal (續期) is an appointment, as the corpus labels 續任 / 再度委任; an end
# (終止) a removal. Contracts of staff (行政任用合同, 散位合同) are no post and are not read.
COMMISSION_NOUNS: dict[str, str] = {
    "定期委任": "梁穎妍—…其擔任法務局局長的定期委任，自二零二五年五月十日起續期一年 (澳門公報 2025)",
    "临时定期委任": "將一名人員在澳門理工大學擔任職務的臨時定期委任續期 (目錄 2026)",
    "委任": "終止陳大文擔任環境保護局局長的委任",
}
# appoint30: what a person is called before the name inside a list of appointees when it is no post's title —
# an academic rank, a profession, a founder (聘任…、台大社會系教授(社會民主黨召集人)范雲、…等7人,為X). Read only
# there (clauses.held_posts_in_list), never as a post. Each with a class-typical item.
HELD_DESCRIPTOR_TITLES: dict[str, str] = {
    "教授": "台大社會系教授范雲 (nownews 2017)",
    "副教授": "台大社會系副教授范雲 (cnyes 2017)",
    "研究员": "中研院研究員張三",
    "律师": "執業律師李四",
    "医师": "台大醫院醫師王五",
    "创办人": "PChome 創辦人詹宏志 (cnyes 2017)",
    "国手": "前田徑國手紀政 (cnyes 2017)",
}
# apost21: a lead sentence stating changes of one action, then items of POST + NAME (post first) — 新任命的省政府组成
# 部门"一把手"中，有14个新面孔，他们分别是：省民政厅厅长余向东、民族事务委员会主任时先政、… (cm163 2023, dev). The
# lead's last sentence must hold one of these words (each with the verb the items are read with) and end in an
# opener of POST_FIRST_LIST_OPENERS; a word of POST_FIRST_LIST_REFUSALS in it (a roster, a proposal, a career)
# or words of two actions (任免) reads nothing.
POST_FIRST_LIST_LEADS: dict[str, str] = {
    "新任命": "任命",  # 新任命的省政府组成部门"一把手"中，有14个新面孔，他们分别是：省民政厅厅长余向东、…
    "任命": "任命",  # 会议任命了一批干部，分别是：某局局长张三、某局局长李四
    "新任": "任命",  # 新任的几位局长依次是：某局局长张三、某局局长李四
    "新当选": "任命",  # 新当选的副主任分别为：某委员会副主任张三、…
    "当选": "任命",  # 当选的同志是：某市市长张三、某市副市长李四
    "选举产生": "任命",  # 会议选举产生的领导分别是：某市市长张三、…
    "选出": "任命",  # 会议选出的领导分别为：某区区长张三、…
    "新聘": "聘任",  # 新聘的人员名单如下：某研究馆馆员张三、…
    "聘任": "聘任",  # 会议聘任的同志分别是：某院院长张三、…
    "免去": "免去",  # 会议免去职务的同志是：某局局长张三、某局副局长李四
    "免职": "免去",  # 此次被免职的分别是：某局局长张三、…
    "不再担任": "免去",  # 不再担任原职务的分别是：某局局长张三、…
    "辞去": "辞去",  # 辞去职务的分别是：某局局长张三、某局副局长李四
    "辞职": "辞去",  # 获准辞职的分别是：某局局长张三、…
}
# How such a lead ends (before an optional colon): 他们分别是： / 名单如下： / 依次为 — longest first is not needed,
# each is tested with endswith.
POST_FIRST_LIST_OPENERS: dict[str, str] = {
    "分别是": "他们分别是：省民政厅厅长余向东、… (cm163 2023)",
    "分别为": "新任命的局长分别为：某局局长张三、某局局长李四",
    "他们是": "新任命的局长中，他们是：某局局长张三、…",
    "她们是": "新当选的副主席中，她们是：某会副主席张三、…",
    "依次是": "新任的局长依次是：某局局长张三、…",
    "依次为": "新任的局长依次为：某局局长张三、…",
    "名单如下": "新任命的干部名单如下：某局局长张三；某局局长李四",
    "如下": "新任命的干部如下：某局局长张三；某局局长李四",
    "包括": "新任命的局长包括：某局局长张三、某局局长李四",
}
# Words of a lead that lists no change (a roster, a proposal or nomination, a 公示, a career or the posts held now).
POST_FIRST_LIST_REFUSALS: dict[str, str] = {
    "拟": "拟任命的干部分别是：某局局长张三、… (a proposal)",
    "提名": "提名的人选分别是：… (a nomination)",
    "人选": "新任局长人选分别为：… (candidates)",
    "候选": "当选候选人分别是：… (candidates)",
    "公示": "任前公示对象分别是：…",
    "考察": "考察对象分别是：…",
    "推荐": "推荐任命的分别是：…",
    "参加": "参加会议的有：某局局长张三、… (a roster)",
    "出席": "出席会议的有：… (a roster)",
    "列席": "列席会议的有：…",
    "成员": "新任命的领导小组成员分别是：… (a roster)",
    "现任": "现任的局长分别是：… (posts held, no change)",
    "曾任": "曾任的职务分别是：… (a career)",
    "历任": "历任的职务分别是：… (a career)",
    "原任": "原任的局长分别是：…",
    "任免": "新任免的干部分别是：… (two actions: which item is which is not printed)",
    "未": "未获任命的分别是：…",
    "不予": "不予任命的分别是：…",
    "不同意": "不同意任命的分别是：…",
    # a deputy's seat is not a post (FORMAT.md): 會議又表決免去多名人大代表資格，包括…重慶市人大常委會副主任曹清堯、… (etnet
    # 2026, dev: gave a false removal from the post the deputy holds)
    "资格": "会议表决免去多名人大代表资格，包括某市人大常委会副主任张三、…",
    "代表": "当选的全国人大代表分别是：某市市长张三、… (a seat, not a post)",
    # rev23: a lead about other people or an occasion, not the changes it names
    "候补": "当选的候补名单分别是：… (alternates, not posts)",
    "接替": "新任命的厅长接替的同志分别是：某厅厅长张三、… (the predecessors)",
    "前任": "新任命的厅长的前任分别是：… (the predecessors)",
    "现在": "新任命的干部现在的职务分别是：… (posts held now)",
    "讲话": "任命大会由A主持，讲话的分别是：省长张三、… (speakers)",
    "发言": "新任命的干部中，发言的分别是：…",
    "主持": "任命大会主持人分别是：…",
    "议程": "任命大会议程包括：主任张三、副主任李四 (a programme)",
    "汇报": "新任命的干部向以下领导汇报了工作，他们是：省委书记张三、… (the people met)",
    "看望": "新当选的领导看望了老同志，他们是：原省长张三、…",
    "拜访": "新任命的干部拜访了老领导，他们是：…",
    "会见": "新任的局长会见了来宾，他们是：…",
    "陪同": "新任命的厅长陪同调研，陪同的分别是：…",
}
# rev23: what may stand before the opener in its own clause when the lead's word is in an earlier clause of the
# sentence (新任命的省政府组成部门"一把手"中，有14个新面孔，他们分别是：). Any other words there name whom the list
# is of (新任命的干部发言后，讲话的领导分别是：省长张三 — speakers, not changes).
POST_FIRST_LIST_SUBJECTS: tuple[str, ...] = ("", "他们", "她们", "其中", "他们依次", "她们依次")
# Words heading a list of names after the post they were given: 当天新聘的15位省文史研究馆馆员是：A、B…
# (河南 2013) → 聘任A、B…为省文史研究馆馆员. Each with the verb it stands for.
NAMES_AFTER_POST_LEADS: dict[str, str] = {
    "新聘": "聘任",  # 当天新聘的15位省文史研究馆馆员是：王立群、王永宽…
    "新任命": "任命",  # 此次新任命的3名副局长是：…
    "新当选": "任命",  # 新当选的5位副主任是：… (an election to a post)
    "选出": "任命",  # 会议选出的政协第十二届全国委员会副主席是:A、B… (round 7; 执行主席是 has no 选出)
    "选举产生": "任命",  # 会议选举产生的副主任是：A、B
    "会议任命": "任命",  # 会议任命的县人民法院审判员有：A、B、C (round 11)
    "会议免去": "免去",  # 会议免去职务的…是：A、B (round 11)
}
# Who speaks before a list of names in a report, dropped before the names: 此外，我校A、B获聘… Each with
# a real or class-typical clause.
NAME_LIST_SUBJECTS: dict[str, str] = {
    "我校": "此外，我校司徒尚纪(无党派)…3人获聘省政府特聘参事 (中山大学)",
    "我院": "我院张三获聘某省人民政府参事",
    "我市": "我市张三当选为某省人大常委会委员",
    "我县": "我县张三被聘为某市人民政府参事",
    "我区": "我区张三被任命为某局局长",
}
# Connectives glued to the name that opens a clause, dropped when a name and its verb follow (round 12).
# Each with a real or class-typical clause.
GLUED_CLAUSE_LEADS: dict[str, str] = {
    "其中": "其中陳冬不再擔任副省長(現任省委常委、政法委書記) (海峡都市报 2015, dev N)",
    "此外": "此外张三被任命为某市财政局局长",
    "另外": "另外李四不再担任某局局长职务",
    "另有": "另有王五当选为某市人民政府副市长",
    # round 20 (component b): 即林冠英出任財政部长 after a colonless announcement (lcthelittleguy 2018, probe fit)
    "即": "仅公布3大部长职，即林冠英出任财政部长 (lcthelittleguy 2018, probe fit)",
    "而": "张三出任某局局长，而李四出任某局副局长",
    "同时": "会议任命张三为X，同时李四出任某局副局长",
    "另": "另王五出任某市审计局局长",
    # appoint28: a consequence glued to the name that opens a company notice's clause (因此許晶先生申請辭去第四屆董事會
    # 董事、董事長、總裁的職務 — ST光一 2021, iview.sina.com.tw dev: nothing read)
    "因此": "因此许晶先生申请辞去公司董事长职务",
    "因而": "因而张三申请辞去公司总经理职务",
    "于是": "于是李四辞去某协会会长职务",
    # round 21: the announcement's list begins on the first change (中国新闻周刊 2024, capstoneengg probe fit)
    "分别是": "9家中央企业14名领导人员职务任免。分别是莫鼎革任中国化学工程集团董事长，楼齐良任…",
    "分别为": "涉及主要领导调整的有3家，分别为张三任某集团董事长，李四任某公司总经理",
}
# Adverbs between 被 and its verb, dropped. Each with a class-typical clause.
PASSIVE_ADVERBS: dict[str, str] = {
    "正式": "张三被正式任命为某市财政局局长",
    "依法": "张三被依法免去某局局长职务",
}
# Who decided, printed between 被 and the verb (张三被国务院任命为X): dropped when it ends like a deciding
# body. Each ending with a class-typical clause (round 8).
PASSIVE_AGENT_ENDS: dict[str, str] = {
    "国务院": "牛盾被国务院任命为常驻联合国粮农机构代表 (2015 roundup, dev)",
    "中央": "张三被中共中央任命为某省委副书记",
    "人民政府": "张三被市人民政府任命为某局局长",
    "政府": "张三被市政府聘任为某中心主任",
    "常委会": "张三被市人大常委会任命为某区法院副院长",
    "委员会": "张三被某市人大常务委员会任命为…",
    "省委": "张三被省委任命为某市委书记",
    "市委": "张三被市委任命为某县委书记",
    "县委": "张三被县委任命为某乡党委书记",
    "党组": "张三被局党组任命为办公室主任",
}
# Words between an elected person's name and 当选 / 被选为, dropped. Each with a real or class-typical clause.
# Round 25: how a clause naming the occasion of a change ends (在上海市十六届人大一次会议上, 在换届中): between a bare year
# and the change it dates (2023年1月,在…会议上,李政当选为上海市副市长 — a biography in a roundup, dev superpyq), it
# keeps the change a biography. Each with a clause.
OCCASION_CLAUSE_ENDS: dict[str, str] = {
    "上": "2023年1月,在上海市十六届人大一次会议上,李政当选为上海市副市长 (dev superpyq)",
    "中": "2016年,在县级领导班子换届中,张三任某县县长",
    "期间": "2018年,在挂职期间,张三任某县副县长",
}
# Round 25: how an election was held, in a clause of its own before the persons and 为 (经差额选举,王冠生、李卉…和陶风屹
# 7位同志为…第一届委员会委员 — 国家统计局上海调查总队 2017, dev baogaosu): 经 + one of these (or none) + 选举 and its
# comma are read as the verb 选举 of the next clause. Each with a clause.
ELECTION_LEAD_MANNERS: dict[str, str] = {
    "差额": "经差额选举，王冠生、李卉和何琳3位同志为某委员会委员 (dev baogaosu)",
    "等额": "经等额选举，张三为某镇人大主席",
    "无记名投票": "经无记名投票选举，张三、李四为某协会副会长",
    "投票": "经投票选举，张三为某商会会长",
    "大会": "经大会选举，张三为某协会会长",
    "会议": "经会议选举，张三、李四为某委员会委员",
    "民主": "经民主选举，张三为某村党支部书记",
}
ELECTION_ADVERBS: dict[str, str] = {
    "全票": "张文军宣布：祝海红全票当选为高行镇人民政府镇长 (高行镇)",
    "高票": "张三高票当选为某市人民政府市长",
    "满票": "张三满票当选为某县人民政府县长",
}
# Verbs of an election leading its clause: read as 任命 (选举张三为某市人民政府市长). Not when a word
# follows that makes them a noun (选举产生, 选举办法, 补选工作, 选举任免代表工作委员会), nor before a verb
# of their own (会议通过无记名投票方式选举任命魏国荣同志为丹阳市人民政府副市长 — 丹阳 2017).
ELECTION_VERBS: dict[str, str] = {
    "选举": "会议选举张三为某市人民代表大会常务委员会主任",
    "补选": "会议补选张三为某市人民代表大会常务委员会副主任",
    "增选": "会议增选张三为某市人民政府副市长 (round 12)",
    "增补": "此次会议还增补周生贤、解振华为…委员、全国政协人口资源环境委员会副主任 (2015 roundup, dev; round 13)",
}
# apages21: 选举产生 / 补选产生 read as a verb when the people follow at once (选举产生A同志为X): the result told as the
# election's object (依照法定程序選舉產生李炳仁同志為河頭鎮第十八屆人大主席 — dexinhaoyue, dev: nothing read). Not before
# 了 / 的 / a body (选举产生了新一届…, 选举产生的副主任是: the noun forms ELECTION_NOUN_TAILS keeps).
ELECTION_RESULT_VERBS: dict[str, str] = {
    "选举产生": "依照法定程序选举产生李炳仁同志为河头镇第十八届人大主席 (dexinhaoyue, dev)",
    "补选产生": "会议补选产生张三为某镇人民政府镇长",
    "增选产生": "会议增选产生张三为某市政协常务委员",
}
ELECTION_NOUN_TAILS: tuple[str, ...] = (
    *("产生", "办法", "结果", "工作", "任免", "委员会", "法", "的", "出"),
    *("任命", "决定"),  # 选举任命A为X / 选举决定: the verb that follows reads the clause
)
# What an election may give that is not a post: a deputy's seat. The labelled corpus leaves it out
# (会议补选邵革军、邓正权、徐洪3名同志为省十三届人民代表大会代表 — 遂宁 2018, no record).
ELECTED_NOT_POSTS: dict[str, str] = {
    "代表": "补选邵革军、邓正权、徐洪3名同志为省十三届人民代表大会代表 (遂宁 2018)",
    "政协委员": "同意卫贵武等59名同志不再担任十二届省政协委员 (四川 2022, dev K: a seat given up; round 8)",
}
# A reason printed between a name and 不再担任 / 辞去 / 免去 (李四同志因工作调动，不再担任…): dropped.
# Each verb with a real or class-typical clause.
# Round 15: the ground of a removal told after the name, before the clause whose 其 is that person
# (张三同志退休，免去其X职务 / 李四同志另有任用，免去其Y职务): dropped, the name read with the next clause.
NAME_REASON_TAILS: dict[str, str] = {
    "退休": "张三同志退休，免去其某局局长职务",
    "到龄退休": "张三同志到龄退休，免去其某局局长职务",
    "已到龄退休": "张三同志已到龄退休，免去其某局局长职务",
    "另有任用": "李四同志另有任用，免去其某局局长职务",
    "工作调动": "王五同志工作调动，不再担任某局局长职务",
}
REASON_VERBS: dict[str, str] = {
    "不再担任": "李四同志因工作调动，不再担任某局局长职务",
    "不再兼任": "李四因工作需要不再兼任某中心主任",
    "辞去": "王五因个人原因辞去某局局长职务",
    "免去": "王五因到龄退休，免去某局局长职务",
    # round 18: company notices (智通财经 2021 / 上交所 2024, probe fit)
    "申请辞去": "张斌先生因工作变动,申请辞去公司董事长职务",
    # round 19: the fillers of RESIGN_FILLERS after the reason's comma
    "特申请辞去": "杨军因工作调整，特申请辞去公司董事长、董事职务 (铜陵有色 2022, liuan8 probe fit)",
    "提出辞去": "张三因个人原因，提出辞去公司董事职务",
    "决定辞去": "臧亚利女士因工作安排原因，决定辞去公司总经理职务 (农发种业 2018)",
}

# Round 19: words between a person and 辞去 that state the same resignation (component b, the trigger in that
# form): 张三特申请辞去X had given the false person 张三特, and 臧亚利女士决定辞去X nothing. Read as 张三辞去X.
# Each with a real clause.
RESIGN_FILLERS: dict[str, str] = {
    "提出": "朱勇提出辞去某职务 (安徽 2016)",
    "请求": "接受张左己同志请求辞去X (黑龙江 2007)",
    "申请": "陈正钢先生申请辞去公司董事会秘书职务 (snencn, probe)",
    "特申请": "杨军因工作调整，特申请辞去公司董事长、董事职务 (铜陵有色 2022, liuan8 probe fit)",
    "特提出": "张三特提出辞去公司董事职务",
    "主动申请": "张三主动申请辞去某职务",
    "主动提出": "张三主动提出辞去某职务",
    "决定": "臧亚利女士决定辞去公司总经理职务 (农发种业 2018, epaper.cs probe)",
    # round 21: 张其亚先生提请辞去公司董事、发展战略委员会委员、总经理职务 (棕榈股份 2024, sina probe fit: the
    # company's notice gave nothing, and the page no document)
    "提请": "张其亚先生提请辞去公司董事、发展战略委员会委员、总经理职务 (棕榈股份 2024)",
}
# A reason printed as 以…为由 between a person and the verb, like 因…: 孟祥凯以个人工作变动为由辞去格力电器董事 (格力
# 2022, cnbzol probe fit). The pattern's 以 and 为由 enclose at most 12 characters.
REASON_BY_PATTERN: str = r"以[^，,；;。]{1,12}?为由"
# The holder's own post named again after 辞去, as no part of the post: 辞去其所担任的公司董事会秘书职务 (snencn,
# probe) → 辞去公司董事会秘书职务. Each with a real clause.
RESIGNED_POST_LEADS: dict[str, str] = {
    "其所担任的": "陈正钢先生申请辞去其所担任的公司董事会秘书职务",
    "其担任的": "张三辞去其担任的某局局长职务",
    "所担任的": "张三辞去所担任的某公司董事职务",
    "其所任": "张三辞去其所任某公司董事职务",
}

# Round 19: a resignation accepted with the holders' posts before their names, closed by the request's noun —
# 同意董事长姜德义、非执行董事廖振波和北汽监事会主席李承军的辞职申请 (北汽 2022, liuan8 probe fit: nothing read).
# The nouns that close it, each with a real clause.
RESIGNATION_REQUEST_NOUNS: dict[str, str] = {
    "辞职申请": "同意董事长姜德义的辞职申请",
    "辞职请求": "接受副市长张三的辞职请求",
    "辞呈": "批准环保署长李应元、农委会主委林聪贤、交通部长吴宏谋辞呈 (台湾 2018)",
    "辞职报告": "董事会同意副总经理张三的辞职报告",
}

# --------------------------------------------------------------------------------------------
# Issue 9, round 6: lists under a heading, tables of changes, votes, nominations, as data.
# --------------------------------------------------------------------------------------------

# A table whose change is a column of its own (姓名 | 任免 | 职务): the header of the action column,
# the header of the post column, and the cell words of each action. Each with a header row.
TABLE_ACTION_HEADERS: dict[str, str] = {
    "任免": "姓名 | 任免 | 职务",
    "任免情况": "姓名 | 任免情况 | 职务",
    "任免类别": "序号 | 姓名 | 任免类别 | 职务名称",
    "任免事项": "姓名 | 任免事项 | 职务",
}
TABLE_POST_HEADERS: dict[str, str] = {
    "职务": "姓名 | 任免 | 职务",
    "职务名称": "序号 | 姓名 | 任免类别 | 职务名称",
    "任免职务": "姓名 | 任免 | 任免职务",
}
TABLE_ACTION_CELLS: dict[str, str] = {
    "任": "appoint",
    "任命": "appoint",
    "任职": "appoint",
    "聘任": "appoint",
    "免": "remove",
    "免去": "remove",
    "免职": "remove",
    "解聘": "remove",
}

# Headings of a list of changes that are no verb elsewhere: 二、免职 then 张三　某局局长 lines. Only a
# line holding nothing else is such a heading (予以免职 in prose is not). Each with its action.
# appoint28: the staff a unit's subheading names inside a list of changes, dropped to read the unit (一、任命 /
# 1.县人民政府组成人员 / 张三为县财政局局长). Each with a class-typical heading.
SUBHEADING_STAFF_TAILS: dict[str, str] = {
    "组成人员": "（一）县人民政府组成人员",
    "审判人员": "（二）县人民法院审判人员",
    "检察人员": "（三）县人民检察院检察人员",
    "工作人员": "（四）县人大常委会工作人员",
}
# appoint28: a company's officers, never posts of its board: in a list after a board's post they take the company
# before the board, not the board (辞去第四届董事会董事、董事长、总裁 → 总裁; 公司第十届董事会董事、总经理 → 公司总经理).
EXECUTIVE_OFFICER_TITLES: dict[str, str] = {
    "总裁": "许晶先生申请辞去第四届董事会董事、董事长、总裁的职务 (ST光一 2021, dev)",
    "副总裁": "辞去公司第五届董事会董事、副总裁职务",
    "高级副总裁": "辞去公司第五届董事会董事、高级副总裁职务",
    "总经理": "辞去公司第七届董事会董事、总经理职务",
    "副总经理": "辞去公司第七届董事会董事、副总经理职务",
    "首席执行官": "辞任本公司董事会副主席、首席执行官",
    "财务总监": "辞去公司第三届董事会董事、财务总监职务",
    "财务负责人": "辞去公司第三届董事会董事、财务负责人职务",
}
HEADING_ONLY_VERBS: dict[str, tuple[str, str]] = {
    "免职": ("remove", "二、免职 / 张三　某市财政局局长"),
    "任职": ("appoint", "一、任职 / 张三　某市财政局局长"),
    "免职人员": ("remove", "免职人员： / 张三　某市财政局局长"),
    "任职人员": ("appoint", "任职人员： / 张三　某市财政局局长"),
    "免职事项": ("remove", "免职事项： / 张三　某市财政局局长"),
    "任职事项": ("appoint", "任职事项： / 张三　某市财政局局长"),
    "免职名单": ("remove", "免职名单 / 张三的某县人民法院审判员职务 (round 11; 某县人大常委会免职名单 too)"),
    "任职名单": ("appoint", "任职名单 / 张三　某县人民法院审判员 (round 11)"),
    "免职人员名单": ("remove", "免职人员名单 / 张三　某市财政局局长 (round 11)"),
    "任职人员名单": ("appoint", "任职人员名单 / 张三　某市财政局局长 (round 11)"),
    "任": ("appoint", "任： / 张三　某市财政局局长 (a one-character heading, alone on its line)"),
    "免": ("remove", "免： / 李四　某市审计局局长"),
}

# A count of votes between an elected person's name and 当选: dropped, like ELECTION_ADVERBS.
# Regex pieces, each with a class-typical clause.
ELECTION_VOTES: dict[str, str] = {
    rf"以[\d０-９{CN_ORDINALS}百千零〇两]{{1,6}}票(?:赞成票)?": "张三以190票当选为某市人民政府市长",
    r"以(?:全票|高票|满票)": "张三以全票当选为某县人民政府县长",
}
# The manner of an election between 经(过) and 选举 before 当选 (张三经差额选举当选为副县长): 经…选举 is dropped, 选举
# is no verb of its own there (session 14 review). Each with a class-typical clause.
ELECTION_MANNERS: dict[str, str] = {
    "依法": "张三经依法选举当选为某县人民政府县长",
    "民主": "张三经民主选举当选为某村村民委员会主任",
    "差额": "张三经过差额选举当选为某县人民政府副县长",
    "等额": "张三经等额选举当选为某市人民政府市长",
    "投票": "张三经投票选举当选为某县人民政府副县长",
    "无记名投票": "张三经无记名投票选举当选为某县人民政府副县长",
}

# A draft sent for comments states no roster: its composition is proposed, not decided (corpus part W,
# 宣城 2022: 关于征求《调整…委员会组成人员…(征求意见稿)》意见的通知, dev). The marks of such a draft, in brackets
# after its heading or title; 草案 is not one of them — a session adopts a 名单(草案) by its vote.
# Every mark ends in 稿: the roster loop tests for that character before it runs the pattern.
ROSTER_DRAFT_MARKS: dict[str, str] = {
    "征求意见稿": "宣城市爱国卫生运动委员会组成人员、工作规则和成员单位职责分工(征求意见稿)",
    "意见征求稿": "关于调整某某领导小组成员的通知（意见征求稿）",
    "送审稿": "某某县防汛抗旱指挥部组成人员名单（送审稿）",
    "讨论稿": "某某委员会组成人员及工作规则（讨论稿）",
    "修改稿": "某某领导小组组成人员名单（修改稿）",
    "报批稿": "某某指挥部组成人员名单（报批稿）",
}
# A document that asks for comments on a draft (关于征求《X》意见的通知): the X it carries is that draft.
ROSTER_DRAFT_TITLE_WORDS: tuple[str, str] = ("征求", "意见")

# Words right before a personnel verb that make the clause a proposal, not a change: a motion
# asks for it (提请任命张三为X), a nomination or a recommendation names a candidate. Never a change;
# a table headed 提请任命职务 is read as the list it is (TABLE_CHANGE_HEADERS). Each with a clause.
PROPOSAL_LEADS: dict[str, str] = {
    "提请": "关于提请任命张三为某市财政局局长的议案",
    "提名": "提名张三为某市财政局局长",
    "建议": "建议任命张三为某市财政局局长",
    "推荐": "推荐张三为某市财政局局长人选",
    "拟": "拟任命张三为某市财政局局长 (a notice before the decision)",
}

# Names the surname lists miss, read only in a slot the clause bounds (right after a verb, right
# before 为 / 同志 / 辞去 / 的): characters that may end such a name though they end many words
# (局, 科, 处 …), each with a real name.
BOUNDED_NAME_LAST_CHARS: dict[str, str] = {
    "科": "李玉科 (任命李玉科为滁州市人民检察院副检察长 — 滁州 2022)",
}
# Round 9: names transcribed from Mongolian, Tibetan or Uyghur without a middle dot (巴音朝鲁,
# 乌云其木格, 扎西次仁): four to six characters, no listed surname. Read only in a slot the clause
# bounds (right after a verb or first in the clause, right before 为 / 的 / 同志 / 、 / the verb) and
# only when every character is one of these syllables of transcription — a phrase of ordinary words
# (财政局长, 其他同志) always holds a character outside them. Each group with real names.
TRANSLITERATED_NAME_CHARS: dict[str, str] = {
    "巴音朝鲁乌云其木格": "巴音朝鲁 (吉林省委书记), 乌云其木格 (全国人大常委会副委员长)",
    "布赫孟和那顺图门": "布赫 (全国人大常委会副委员长), 孟和那顺, 图门巴雅尔",
    "额尔敦毕力特苏日娜塔斯钦": "额尔敦毕力格, 苏日娜, 斯钦毕力格, 塔娜",
    "阿拉坦仓达赉宝哈吉勒扎敖包满都呼恩德沁雅萨仁娃白查干道奥登": "阿拉坦仓, 宝音德力格尔, 满都呼, 恩和, 查干朝鲁",
    "西次旦增多桑平措央金卓玛顿珠洛尼索朗强罗群培边普琼贡嘎曲益土丹泽宗姆": "扎西次仁, 次仁卓嘎, 旦增平措, 洛桑顿珠",
    "艾买提不都热合曼吾江古丽努克依沙米帕夏": "阿不都热合曼, 古丽努尔, 艾买提江 (dots dropped)",
    "才让杰加措仁青班尕藏热": "才让多杰, 多杰热旦 (青海省副省长), 尕藏加措, 仁青班玛 (Tibetan names of 青海; round 13)",
    "向": "向巴平措 (十二届全国人大常委会副委员长, in a list of thirteen; tvboxnow 2013, probe fit; round 19)",
}
TRANSLITERATED_NAME_SIZES: tuple[int, ...] = (4, 5, 6)
# …and characters that never begin a name read without a listed surname: pronouns, demonstratives,
# counts and words that open a phrase in that slot (接受其辞去…, 免去部分同志的…, 任命他为…).
# 自 (自己): 感謝中央政府任命自己為特區第三任行政長官 — the speaker, no name (xieliaobaba 2007, round 13)
UNLISTED_NAME_NEVER_FIRST: dict[str, str] = dict.fromkeys(
    f"他她它们其该此这那本全各每某诸部{CN_ORDINALS}两几多有无所上下原现前新同副正代总市县区省镇乡自",
    "免去部分同志的… / 任命他为… / 接受该同志辞去…",
)
# After 其 in the middle of a three-character name, characters that make it 其 + a word or a verb, not a
# name (round 17: 孙其信升任X, 中国农业大学副校长孙其信 — damoshentu probe fit): 任其为X (为), 于其中 (中),
# 同其他 (他), 其所任 (所), 其余 / 其后 / 其前 / 其间, 其实, 其职务 (职, 务), 其一; and the verbs of a change
# after 其 (任其兼任 / 其担任 / 其代理 / 其免去 / 其辞去 / 其调任 / 其升任 / 其出任 / 其接任 / 其当选 / 其被免职).
QI_NAME_NEVER_LAST_CHARS: str = "为任兼担代免辞调升出接当被他她它中所余后前间实职务一"

# A government's short name in news, the same body as the full one it ends: (the full name's end,
# a real pair). A change told with 县政府副县长 and again with 石台县人民政府副县长 is one change.
GOVERNMENT_SHORT_FORMS: dict[str, tuple[str, str]] = {
    "县政府": ("县人民政府", "会议决定任命张勇为县政府副县长 / …为石台县人民政府副县长 (石台 2022)"),
    "市政府": ("市人民政府", "任命张三为市政府副市长 / …为某市人民政府副市长"),
    "区政府": ("区人民政府", "任命张三为区政府副区长 / …为某区人民政府副区长"),
    "省政府": ("省人民政府", "任命张三为省政府副省长 / …为某省人民政府副省长"),
    "州政府": ("州人民政府", "任命张三为州政府副州长 / …为某州人民政府副州长"),
    "旗政府": ("旗人民政府", "任命张三为旗政府副旗长 / …为某旗人民政府副旗长"),
    "镇政府": ("镇人民政府", "选举张三为镇政府镇长 / …为某镇人民政府镇长"),
    "乡政府": ("乡人民政府", "选举张三为乡政府乡长 / …为某乡人民政府乡长"),
    # Round 7: courts and procuratorates in a headline's short form.
    "省法院": ("省高级人民法院", "黑龙江省人大任命张述元为省法院副院长 / …为省高级人民法院副院长 (黑龙江 2009)"),
    "市法院": ("市中级人民法院", "任命张三为市法院副院长 / …为某市中级人民法院副院长"),
    "县法院": ("县人民法院", "任命张三为县法院副院长 / …为某县人民法院副院长"),
    "区法院": ("区人民法院", "任命张三为区法院副院长 / …为某区人民法院副院长"),
    "省检察院": ("省人民检察院", "任命张三为省检察院副检察长 / …为某省人民检察院副检察长"),
    "市检察院": ("市人民检察院", "任命张三为市检察院副检察长 / …为某市人民检察院副检察长"),
    "县检察院": ("县人民检察院", "任命张三为县检察院副检察长 / …为某县人民检察院副检察长"),
    "区检察院": ("区人民检察院", "任命张三为区检察院副检察长 / …为某区人民检察院副检察长"),
}

# Other header cells of a table of changes, read only to find where a header printed one cell per
# line ends (姓名 / 性别 / 拟任职务 …, each on its own line); their columns are not read.
TABLE_OTHER_HEADERS: dict[str, str] = dict.fromkeys(
    (
        "序号",
        "性别",
        "民族",
        "籍贯",
        "出生年月",
        "出生年份",
        "学历",
        "政治面貌",
        "现任职务",
        "原任职务",
        "工作单位",
        "备注",
        # appoint30: the columns beside 新職 in a Taiwan 人事異動表, read as nothing
        "原职",
        "原职务",
        "原职称",
        "现职",
        "生效日期",
        "异动原因",
    ),
    "姓名 / 性别 / 出生年月 / 现任职务 / 拟任职务 (one cell per line, as a page's table is often stored)",
)

# Lead, session 21 (aprec21's question): a table whose only change columns are *proposed* posts, beside a column
# of the post held now (姓名 | 现任职务 | 拟任职务), is the layout of a 任前公示 or a nomination; FORMAT.md: 拟任 is no
# change. It is read as changes only with a decision in view (a decision title, a heading verb, or a block before it
# holding one of TABLE_DECISION_WORDS); else its rows give nothing and a warning names the header.
PROPOSED_POST_HEADERS: frozenset[str] = frozenset(("拟任职务", "拟任", "拟任命", "拟任命职务", "拟聘职务"))
CURRENT_POST_HEADERS: frozenset[str] = frozenset(
    ("现任职务", "现职", "现职务", "现任", "现任单位及职务", "现工作单位及职务", "现单位及职务", "现工作单位")
)
TABLE_DECISION_WORDS: dict[str, str] = {
    "决定": "经县人民政府常务会议研究决定，任命: / 姓名 | 现任职务 | 拟任职务",
    "通过": "县人大常委会第X次会议通过的任免名单",
    "批准": "经市委批准",
    "任免名单": "任免名单 / 姓名 | 现任职务 | 拟任职务",
    # rev22: a government's or a committee's agreement decides as well (经县人民政府常务会议研究同意： / 姓名 | 现任
    # 职务 | 拟任职务 was read since round 6 and lost to the rule above)
    "同意": "经县人民政府第5次常务会议审议，同意下列同志任职： / 姓名 | 现任职务 | 拟任职务",
}
# rev22: a block holding a TABLE_DECISION_WORDS word decides nothing when it also proposes, puts to the public or
# denies (经县委研究决定，现予以公示 / 通过县委常委会研究，拟提拔任用以下同志 / 经上级批准，下列同志拟任新职 — the 任前公示's
# own lead gave the table's rows as appointments); read with PROPOSAL_LEADS (拟 提名 推荐 …) and REFUSAL_LEADS.
TABLE_UNDECIDED_WORDS: dict[str, str] = {
    "公示": "根据有关规定，经县委研究决定，现予以公示： / 姓名 | 现任职务 | 拟任职务",
    "考察": "经民主推荐、组织考察，通过县委常委会研究 …",
    "人选": "经县委常委会研究决定，以下同志为拟任人选",
    "征求": "经县委研究决定，现征求意见",
    "未经": "未经批准不得转载",
    "未通过": "关于未通过考察人员的说明",
    "不同意": "经研究，不同意以下同志任职",
    "未同意": "会议未同意以下人员任职",
}

# --------------------------------------------------------------------------------------------
# Issue 9, round 7: successors, stray punctuation, attributives before a passive, as data.
# --------------------------------------------------------------------------------------------

# A successor named in the clause after a removal, taking the removed post: 免去A的X职务，由B接任
# → B appointed to X. Each with a clause of the class.
SUCCESSOR_VERBS: dict[str, str] = {
    "接任": "决定免去栗智的乌鲁木齐市委书记职务,由朱海仑接任 (新疆 2009)",
    "继任": "免去张三的某局局长职务，由李四继任",
    "接替": "免去张三的某局局长职务，由李四同志接替",
}

# A table column whose every cell holds its own verb (姓名 | 任免职务 / 张三 | 任某局局长，免去某局副局长职务):
# each cell is read as a clause after the row's name. Used only without a separate 任免 column.
TABLE_CLAUSE_HEADERS: dict[str, str] = {
    "任免职务": "姓名 | 任免职务 / 张三 | 任某局局长",
    "任免事项": "姓名 | 任免事项 / 李四 | 免去某局局长职务",
    "任免情况": "姓名 | 任免情况 / 张三 | 任某局局长，免去某局副局长职务",
    "任免内容": "姓名 | 任免内容",
    "职务任免": "姓名 | 职务任免",
    "拟任免职务": "姓名 | 拟任免职务",
    "提请任免职务": "姓名 | 提请任免职务",
    "职务变动": "姓名 | 职务变动 / 张三 | 任某局局长 (round 11)",
    "职务调整": "姓名 | 职务调整 / 李四 | 免去某局局长职务 (round 11)",
    "职务变动情况": "姓名 | 职务变动情况 (round 11)",
}
# The verbs a cell of such a column may open with; any other cell gives nothing.
TABLE_CLAUSE_VERBS: tuple[str, ...] = ("任命", "聘任", "兼任", "免去", "免除", "解聘", "任", "兼", "免", "聘")

# Words of a biography: a clause holding one tells a career, never a change, and ends any verb carried
# from a clause before it (选举A为X。A生于1953年，曾任Y省副省长，Z省委常委… gave 曾任 and Z as persons).
BIOGRAPHY_WORDS: dict[str, str] = {
    "曾任": "赵克志生于1953年,山东莱西人,曾任山东省副省长,江苏省委常委、副省长 (中国经济网 2016)",
    "历任": "张三历任某局副局长、局长",
    "时任": "去年7月,时任贵州省委书记赵克志调任河北省委书记 (中国经济网 2016)",
    "先后任": "张三先后任某局副局长、局长",
    "先后担任": "张三先后担任某局副局长、局长",
    "生于": "赵克志生于1953年",
    "年生": "于伟国,1955年10月生,曾任… (中国经济网 2016)",
    "出生": "陈敏尔,1960年9月出生,浙江诸暨人 (中国经济网 2016)",
}

# Appoint32: words opening a clause that names the post a person held before the change told just before it — the
# clause is that person's past, never a further post given (新任台東分局長由…方子欽接任，原任雲林縣警察局虎尾分局分局長 —
# udn 2026, dev: read as a second appointment once the first was read).
HELD_BEFORE_LEADS: dict[str, str] = {
    "原任": "方子欽接任台東分局長，原任雲林縣警察局虎尾分局分局長 (udn 2026, dev)",
    "原为": "張三出任X，原為Y",
    "曾任": "張三出任X，曾任Y",
    "前任": "張三出任X，前任Y",
    "历任": "張三出任X，歷任Y、Z",
    "时任": "張三出任X，時任Y",
}

# Words closing a clause in which a post lapses by law, a removal: A的X职务相应撤销 (with a recalled seat),
# A同志X职务自然免除. The clause is read as 免去A的X职务. Each with a clause of the class. Not 相应终止 /
# 自行终止: the labelled corpus (安徽 2016, 南湖 2025) does not count a post that ends with a seat given up.
LAPSE_TAILS: dict[str, str] = {
    "相应撤销": "罗琦的第十四届全国人民代表大会常务委员会委员…职务相应撤销 (全国人大常委会公告 2026)",
    "自然免除": "张三同志某市财政局局长职务自然免除",
    "自然撤销": "张三的某市人大常委会委员职务自然撤销",
    "依法撤销": "张三的某市人民政府副市长职务依法撤销",
    "予以撤销": "张三的某局局长职务予以撤销",
    "予以免除": "张三同志的某局局长职务予以免除",
}

# --------------------------------------------------------------------------------------------
# Round 8 (issue 9): the families of 任免 sentences generated from their templates, not the corpus.
# --------------------------------------------------------------------------------------------

# Verbs of a move to a new post, printed after the name (张三调任X): an appointment to X, read as
# 张三任X. A name never ends in their first character (张三调 + 任X was a false person). Each with a
# class-typical clause.
MOVE_VERBS: dict[str, str] = {
    "调任": "张三调任某市财政局局长",
    "转任": "李四转任某市人大常委会副主任",
    "改任": "王五改任某市人民政府巡视员",
    "升任": "赵六升任某市公安局局长",
    "提任": "张三提任某县人民政府副县长",
    "接任": "李四接任某市人民政府秘书长",
    "出任": "张德霖出任国土资源部副部长 (新华社 2015 roundup, dev)",
    "就任": "陈宏、何素梅分别就任某区人民检察院党组书记、某市人民检察院党组书记 (广州 2019, dev)",
    "履任": "陈吉宁在2月接替周生贤正式履任环保部部长 (2015 roundup, dev)",
    "获任": "张三获任某市财政局局长 (张三获 + 任X was a false person; round 8)",
    "上任": "周济上任中国工程院党组副书记 (大公报 2014, dev O: 周济上 + 任X was a false person; round 13)",
    "接掌": "张三接掌县府财政处长 (台湾 news; round 14)",
    "陞任": "关嘉荣陞任金门县地政局长 (台湾 2025, dev R ltn: 陞, the form of 升 Taiwan keeps; round 14)",
    "晋升为": "张三晋升为某警区指挥官 / 李四获晋升为某署助理处长 (香港 press releases; round 15)",
    "擢升为": "张三获擢升为某局副局长 (香港/澳门 news; round 15)",
    "获晋升为": "李四获晋升为某署助理处长 (获 is no part of the name, as in 获任)",
    "获擢升为": "张三获擢升为某局副局长",
    # round 16 (台湾 city news): promoted to
    "调升": "繼秘書長陳永豐調升副市長後 (嘉义 2026, probe dev udn)",
    "转调出任": "民政處長林家緯轉調出任勞青處處長 (嘉义 2026, probe dev udn)",
    # round 18: took up a post (news of cadres' moves)
    "履新": "喻云林北上履新天津市委常委、组织部部长 (澎湃 2018, ccwqtv probe fit)",
    # round 18: a one-character modifier + 任 — the name had absorbed the modifier (张三回 + 任X, 张三派 + 任X
    # were false persons); each a move to the post. Never 荣任: 荣 ends many given names (李荣任X)
    "回任": "高雄市府許立明回任研考會主委 (2010, tynews probe fit)",
    "派任": "张三派任某处处长 (台湾: assigned to a post)",
    "膺任": "王五膺任某委员会主席",
    "补任": "赵六补任某委员会委员",
    # round 20 (component a): news' words of a promotion or of taking charge, each had given nothing
    "晋升": "今年2月,吴桂英晋升湖南省委常委 (bbsmala, dev: labelled, missed) / 张三晋升某局局长",
    "升为": "张三升为某市财政局局长",
    "调升为": "张三调升为某市财政局局长",
    "提升为": "李四提升为某公司副总经理",
    "出掌": "王五出掌某市财政局局长 (香港/台湾 news)",
    "宣誓就任": "張三宣誓就任某縣縣長 (台湾 news)",
}
# Round 18: a one-character modifier + 任 telling a post kept, held for the time being or alone — no change read
# here (round 17 tried 续任 as a move and reverted it), but a name never ends in the modifier (张三续 + 任X,
# 张三留 + 任X were false persons). Not 连任 / 荣任: 连 and 荣 end many given names (王连, 李荣任X). Each with a
# class-typical clause.
KEPT_POST_VERBS: dict[str, str] = {
    "续任": "李四续任某委员会主席",
    "留任": "王五留任某部部长",
    "专任": "赵六专任某县委副书记",
    "代任": "张三代任某局局长",
    "暂任": "李四暂任某局局长",
}
# Round 18: a direction of the move printed between the name and a move verb (喻云林北上履新X — ccwqtv, probe
# fit): no part of the name, dropped before the verb. Each with a class-typical clause.
MOVE_DIRECTION_WORDS: dict[str, str] = {
    "北上": "广西壮族自治区党委常委喻云林北上履新天津市委常委",
    "南下": "张三南下出任某省委常委",
    "西进": "张三西进出任某自治区党委常委",
    "东进": "李四东进履新某市委书记",
    "跨省": "张三跨省履新某省委常委",
    "进京": "李四进京出任某部副部长",
    "回京": "王五回京出任某部副部长",
    "返京": "王五返京出任某部副部长",
}
# Round 18: a resignation accepted, as Hong Kong prints it — 接纳 for 接受 and 辞任 for 辞去 after the accepting
# verb (行政長官接納曾鈺成辭任行政會議 — lurdlur, probe fit); read as 接受A辞去X. Each with a class-typical clause.
RESIGNATION_ACCEPTED_FORMS: dict[str, tuple[str, str]] = {
    "接纳": ("接受", "行政长官接纳张三辞任某委员会主席 / 接纳李四辞去某局局长职务的请求"),
    "辞任": ("辞去", "会议决定接受张三辞任某市人民政府市长 / 行政长官接纳李四先生辞任某委员会主席"),
}
# Verbs of leaving a post, printed after the name: a removal. Each with a class-typical clause.
LEAVE_VERBS: dict[str, str] = {
    "卸任": "年满60岁的张少农卸任国土资源部副部长 (2015 roundup, dev)",
    "不再任": "黄淑和、金阳不再任国资委副主任 (2015 roundup, dev)",
    # anews21: 离任, mainland news' word for leaving a post (于洪臣离任足协书记 — wball168 2017, dev: read as
    # 于洪臣离 + 任X, a false person and the opposite action)
    "离任": "于洪臣离任足协书记 (wball168 2017, dev) / 张三离任某市财政局局长",
}
# anews21: the words before an age that describes the holder opening a news clause (65岁的蔡名照因年龄原因不再担任X —
# qldtoday 2020, dev: nothing read, the age was taken for part of the name). The age phrase (N岁的) comes off when a
# name follows it; each word with a class-typical clause (the bare 65岁的 needs none).
HOLDER_AGE_LEADS: dict[str, str] = {
    "现年": "现年59岁的王赋出任某市副市长",
    "年满": "年满60岁的张三不再担任某局局长",
    "已满": "已满60岁的李四不再担任某公司董事长",
    "刚满": "刚满45岁的王五升任某市市长",
    "今年": "今年58岁的赵六不再担任某大学校长",
}
# anews21: a move told before the successor's name as his attributive (刚刚升任国家体育总局局长助理的杜兆才接替于洪臣,出任
# 中国足协党委书记 — wball168 2017, dev): the verb after the attributive's 的 is the clause's own; 接替 is tried too.
ATTRIBUTIVE_SUCCESSION_VERBS: dict[str, str] = {
    "接替": "刚刚升任某局局长助理的张三接替李四出任某协会党委书记",
    "不再担任": "此前兼任某局局长的张三不再担任某公司董事长",
    "不再兼任": "今年刚获提拔的李四不再兼任某局局长",
}
# Verbs closing a clause whose holder is named after the post held, the post being the one left:
# 國防部長馮世寬卸任 (round 13). The action each stands for, with a real clause.
LEFT_POST_AT_END: dict[str, tuple[str, str]] = {
    "卸任": ("remove", "國防部長馮世寬卸任 (台湾 2018, dev yam)"),
    "另有任用": ("remove", "陸委會主委張小月另有任用 (台湾 2018, dev yam)"),
    "请辞": ("resign", "勞動部長林美珠因身體因素請辭 (台湾 2018, dev yam)"),
    "辞职": ("resign", "某市市长张三因个人原因辞职"),
    "被免职": ("remove", "任期未满、年龄未到的教育部部长周济突然被免职,袁贵仁接任 (大公报 2014, dev O)"),
    # appoint30: a Taiwan order's leaving, the post held then the name, closed by the order's own verb; the
    # clause after it (，應予免職 / ，应予免职) is the order's formula and names nobody
    "准辞职": ("resign", "某院副院長張三已准辭職，應予免職 (總統令's formula, as the brief names it; 已 is an adverb)"),
    "准予辞职": ("resign", "某部政務次長張三准予辭職 / 某局局长李四准予辞职"),
    "退职": ("remove", "駐新加坡大使梁國新退職，應予免職 (總統令 112-03-22)"),
    "应予免职": ("remove", "某縣代理縣長張三應予免職 / 某局局长李四应予免职"),
    "予以免职": ("remove", "某縣政府秘書長張三予以免職"),
}
# Adverbs between the name and such a verb (round 13).
LEFT_POST_ADVERBS: dict[str, str] = {
    "突然": "教育部部长周济突然被免职 (大公报 2014, dev O)",
    "日前": "某市市长张三日前辞职",
    "已经": "某市市长张三已经辞职",
    "已": "乌鲁木齐市委书记栗智已被免职 (2009, dev O: 栗智已 was a false person; round 13)",
}
# Words a name never ends inside, beside the verbs above: 张三拟提任X (a proposal, 公示) is never
# 张三拟 + 提任X.
MOVE_PROPOSALS: dict[str, str] = {
    "拟提": "张三拟提任某县人民政府副县长 (a proposal: nothing)",
    "拟调": "张三拟调任某市财政局局长 (a proposal: nothing)",
    "拟转": "李四拟转任某市人大常委会副主任 (a proposal: nothing)",
    "拟升": "张三拟升为某市财政局局长 (a proposal: nothing; round 20)",
    "将任": "周济将任中国工程院党组副书记 (a future post: nothing; 周济将 + 任X was a false person, round 13)",
    "將任": "周济將任… (海峡网 2009, dev O: the Traditional 將 left in a Simplified text; round 13)",
    # round 15: before the promotions and the verbs of holding a post for the time being
    "拟晋": "张三拟晋升为某局局长 (张三拟 + 晋升为X was a false person)",
    "拟擢": "张三拟擢升为某局副局长",
    "拟署": "张三拟署理某局局长",
    "拟暂": "张三拟暂代某局局长",
    "拟代": "张三拟代理某局局长",
    # round 18: before a resignation (张三拟辞任X had given the false person 张三拟 with 辞任, round 17)
    "拟辞": "张三拟辞任某委员会主席 / 李四拟辞去某局局长职务 (a proposal: nothing)",
    "将辞": "张三将辞任某公司董事会主席 (a future step: nothing)",
    "拟履": "张三拟履新某市委书记 (a proposal: nothing; 张三拟 + 履新X was a false person)",
}
# 已 (already) before a verb of taking a post: a report of a post now held, no change decided in the
# text (根据公开信息,卢映川已任文化和旅游部党组成员、副部长 — zgcsb 2021, dev: no record in the truth); and
# a name never ends in 已 before them (张三已 + 出任X was a false person; round 14). 已 inside a name
# stays (胡已立, 湖北 1993). Each with a class-typical clause.
ALREADY_HELD: dict[str, str] = {
    "已任": "根据公开信息，张三已任某部副部长",
    "已出任": "记者获悉，张三已出任某市财政局局长",
    "已调任": "张三已调任某市审计局局长",
    "已升任": "张三已升任某市公安局局长",
    "已转任": "李四已转任某市人大常委会副主任",
    "已改任": "王五已改任某市人民政府巡视员",
    "已接任": "李四已接任某市人民政府秘书长",
    "已就任": "张三已就任某市市长",
    "已获任": "张三已获任某署署长",
    "已经任": "张三已经任某局局长",
    "已晋升为": "张三已晋升为某署助理处长 (round 15)",
    "已擢升为": "张三已擢升为某局副局长 (round 15)",
    "已履新": "据悉,张三已履新某市委书记 (round 18: 张三已 + 履新X was a false person)",
}
# A one-character verb opening a clause before a name, as older and county texts print it: the verb
# it stands for. Read only when a name follows and is closed (为 after 任/聘; 的, 同志 or 职务 after 免).
SHORT_LEAD_VERBS: dict[str, tuple[str, str]] = {
    "任": ("任命", "任张三为某县财政局局长"),
    "聘": ("聘任", "聘李四为某市人民政府参事"),
    "免": ("免去", "免王五的某县审计局局长职务"),
}
# Bodies whose bare decision opens a list (县人民政府决定： / 区委决定： / 市人大常委会主任会议决定：):
# the lines below are decided even without a verb of their own (张三为某局局长；).
DECIDING_BODIES: dict[str, str] = {
    "人民政府": "县人民政府决定：/ 张三为县财政局局长；",
    "政府": "市政府决定：/ 张三为市审计局局长；",
    "党组": "局党组决定：/ 李四为办公室主任；",
    "委员会": "市编制委员会决定：/ 张三为…",
    "委": "市委决定：/ 张三为市财政局局长；(县委, 区委, 党委, 党工委)",
    "中央": "中共中央决定：/ 张三同志任某省委书记",
}
# Words before a verb that refuse or undo the change it names: nothing is changed (read like a
# proposal). Each with a class-typical clause.
REFUSAL_LEADS: dict[str, str] = {
    "不批准": "决定不批准任命张三的某市人民检察院检察长职务 (湖南 2007, dev)",
    "不予批准": "决定不予批准任命张三为某市人民检察院检察长",
    "未批准": "省人大常委会未批准任命张三为某市人民检察院检察长",
    "不同意": "会议不同意任命张三为某局局长",
    "否决": "会议否决了任命张三为某局局长的议案",
    "未通过": "会议未通过任命张三为某局局长",
    # session 19, the lead (rev19's left-out probe): 未同意 as 不同意, and 没有/未予/不予 同意
    "未同意": "会议未同意由副市长王建国代理市长职务",
    "未予同意": "会议未予同意任命张三为某局局长",
    "不予同意": "会议不予同意任命张三为某局局长",
    "没有同意": "会议没有同意任命张三为某局局长",
}
# Round aprec21: words that deny a personnel verb right after them (a passive 被 and 正式/依法 may stand
# between): the clause states that no change was made, or that none will be — nothing is read. 不再 is not here:
# 不再担任 is a removal; nor 未 / 没 alone, which end two-character names (李未任公司总经理, the lead's session-20
# row): each lead is two characters or more. Each with a class-typical clause (the text is simplified first).
NEGATED_CHANGE_LEADS: dict[str, str] = {
    "并未": "会议并未任命张三为县财政局局长",
    "尚未": "张三尚未被任命为X",
    "从未": "张三从未出任X",
    "未曾": "张三未曾担任X",
    "未被": "张三未被免去X职务",
    "仍未": "张三仍未被任命为X",
    "均未": "张三、李四均未出任X",
    "没有": "张三没有被任命为区人民政府副区长",
    "没被": "张三没被免去X职务",
    "并没": "张三并没担任X",
    "从没": "张三从没担任过X",
    "还没": "张三还没出任X",
    "不会": "张三不会出任X",
    "不可能": "张三不可能出任X",
    "并非": "张三并非被任命为X",
    "无意": "张三无意出任X (news of a denial)",
}
# Round aprec21: a 任前公示 page puts changes to the public, it makes none (FORMAT.md). Its title was looked for in the
# document's first block only (round 10); a portal prints a breadcrumb, a publish line or a source line first, and
# the 公示 title or its lead line comes a few blocks down. These leads, in one of the first PUBLIC_NOTICE_HEAD_BLOCKS
# blocks of a document, make it a public notice too. Each with a class-typical line.
PUBLIC_NOTICE_LEADS: dict[str, str] = {
    "公示如下": "现将拟任人选公示如下： / 現將擬任人選公示如下：",
}
PUBLIC_NOTICE_HEAD_BLOCKS = 6  # breadcrumb, title, publish line, source line, lead: the 公示's head
PUBLIC_NOTICE_TITLE_MAX = 60  # characters at most of a line read as the 公示's title (never a body sentence)
# Round aprec21: words that introduce what is rumoured; a quotation right after one (within a few characters:
# 其中最为具体的说法是“…”) tells changes that are talked of, not made — nothing inside it is read (4huh31 2014,
# dev: 三大运营商否认高层调整传言, a denied rumour of five moves). Each with a class-typical phrase.
RUMOUR_QUOTE_LEADS: dict[str, str] = {
    "说法": "其中最为具体的说法是“A转任X，B调任Y”",
    "传言": "有传言称“张三将转任X”",
    "传闻": "坊间传闻“张三出任X”",
    "谣言": "网上谣言“张三调任X”",
    "谣传": "谣传“张三升任X”",
    "网传": "网传“张三出任X，李四免职”",
    "疯传": "网络及微信疯传所谓“最新消息”，称：“张三出任X”",
    "流传": "业内流传“张三转任X”",
    "盛传": "盛传「张三接任X」 (Traditional, simplified first)",
    "传出": "传出「张三将接任X」",
    "据传": "据传“张三调任X”",
    "小道消息": "小道消息“张三升任X”",
}
RUMOUR_QUOTE_GAP = 12  # characters at most between the lead and the quotation (说法是 / 称： / 所谓“最新消息”，称：)
RUMOUR_QUOTE_SPAN = 400  # characters at most inside the quotation
# Quotation marks that open and close a rumoured quotation, in pairs (Simplified text: 「」 and 『』 stay).
RUMOUR_QUOTE_MARKS: dict[str, str] = {"“": "”", "「": "」", "『": "』", '"': '"'}
# Openings of a diplomatic mission's name, an organization whatever it ends in (a country's name):
# 中华人民共和国驻索马里联邦共和国 + 特命全权大使 (人民网 2017, dev; round 8).
MISSION_PREFIXES: dict[str, str] = {
    "中华人民共和国驻": "中华人民共和国驻加拿大特命全权大使",
    "中华人民共和国常驻": "中华人民共和国常驻联合国特命全权代表",
    "驻": "驻加拿大特命全权大使",
    "常驻": "常驻联合国副代表",
}
# A noun phrase naming a person newly given a post (round 8): 新任命的X局局长张三 / 新任X局局长的张三 /
# 新当选的X主席张三 → an appointment. Each lead with a class-typical phrase.
NEW_HOLDER_LEADS: dict[str, str] = {
    "新任命的": "新任命的市财政局局长张三表示",
    "新当选的": "新当选的省政协主席张三主持会议",
    "新当选": "新当选省长张三作表态发言",
    "新任": "在任前发言时，新任省卫生厅厅长的李广胜由衷地说 (河南 2013, dev K)",
}
# Characters that follow a name in the sentence of such a phrase and never end a three-character
# name there (王强说 is 王强 + 说): 说, 表示, 指出, 作…
NEW_HOLDER_NEXT_CHARS: str = "说表指作也就已则还又都"
# …and words that do so (张三主持会议 / 张三出席 / 张三强调).
NEW_HOLDER_NEXT_WORDS: tuple[str, ...] = ("主持", "出席", "强调", "宣誓", "发言", "同志", "由", "在", "于", "是", "等")
# Words of a head announcing who was elected, the titles and names after its colon (round 8):
# 会议选举产生了新一届区人大常委会主任、副主任：主任张三，副主任李四、王五.
ELECTED_LIST_HEADS: dict[str, str] = {
    "选举产生": "会议选举产生了新一届区人大常委会主任、副主任：主任张三，副主任李四、王五",
    "选出": "会议选出了区政协主席、副主席：主席张三，副主席李四、王五",
    "当选名单": "当选名单：主任张三；副主任李四、王五",
    "选举结果": "选举结果：主席张三，副主席李四",
}
# Words that open a list of the persons a session put in one post (session 10, by the lead): the post,
# then the word, then the names — 常委包括王荣、许勤、… (深圳 2010, dev chinadailycovid). Read only in a
# paragraph that tells an election (ELECTION_CONTEXT_WORDS).
ELECTED_POST_LIST_WORDS: dict[str, str] = {
    "包括": "新一届市委常委包括王荣、许勤、王穗明",
    "分别是": "当选的副市长分别是张三、李四",
    "分别为": "副主任分别为张三、李四、王五",
}
ELECTION_CONTEXT_WORDS: tuple[str, ...] = ("当选", "选举", "选出", "产生")
# Words before the post that are no part of it: 新一届市委常委 → 市委常委, 当选的副市长 → 副市长.
ELECTED_POST_PREFIXES: tuple[str, ...] = ("新一届", "新一任", "新当选的", "当选的", "新任", "其中")

# Round 19: institutions named with a campus or branch in brackets inside the organization — 中国地质大学(北京)
# 党委书记, 中国石油大学（华东）校长 (upkao 2018, probe fit: 马俊杰任中国地质大学(北京)党委书记 gave nothing, the
# bracket read as a remark). The bracket counts as part of the organization only after one of these endings and
# only when it holds a short place (QUALIFIER_NEVER_CHARS: never a grade, a secondment or a remark). Each with a post.
CAMPUS_QUALIFIED_ENDS: dict[str, str] = {
    "大学": "中国地质大学(北京)党委书记 / 中国矿业大学（北京）校长",
    "学院": "某某学院（某校区）院长",
    "分校": "某某大学某某分校（某地）校长",
    "研究院": "某某研究院（深圳）院长",
    "医院": "某某医院（东院）院长",
}
# Characters a campus's place never holds and a bracketed remark often does: a grade (正处级), a secondment
# (挂职), a term (试用期), a sex or an ethnicity (女, 回族), a note on the post (兼, 代, 原).
QUALIFIER_NEVER_CHARS: str = "级职期挂兼代试用原女男族任免聘正副务"

# Organization endings beside vocab.common.ORG_SUFFIXES, for posts only (round 8).
POST_ORG_SUFFIXES: dict[str, str] = {
    "海关": "任命张三为某海关副关长",
    # grounds and farms a county runs (round 14)
    "体育场": "新任縣府財政處長陳國庭、…、縣立體育場主任王志仁 (台湾 2025, dev R ltn)",
    "林场": "任命张三为某国有林场场长",
    "农场": "任命李四为某农场场长",
    # standing councils named 会议 (round 15); a session (第十次会议) is never one (_org_is_plausible)
    "安全会议": "總統任命張三為國家安全會議秘書長 (台湾)",
    "行政会议": "委任张三为行政会议成员 / 行政会议召集人 (香港)",
    # a Taiwan city or county government as its own press names it (round 15)
    "本府": "鼓山區公所區長鄭明興調任本府參議 (高雄 2019, dev newtalktw)",
    "市府": "原民政局副局長駱邦吉調任市府參議 (高雄 2019, dev newtalktw)",
    "县府": "張三調任縣府參議",
    # round 20: a party committee of an office's staff (机关党委, 机关纪委) — 选举严加伟同志为第一届机关党委书记 (秀洲
    # 2024, xzqjw probe fit: the post had no organization, 机关 ending none)
    "机关": "选举严加伟同志为第一届机关党委书记 / 任命张三为某局机关党委书记",
}

# --------------------------------------------------------------------------------------------
# Round 16 (issue 9): forms of wide probing on real pages of dev-split sites (probe-appoint16).
# --------------------------------------------------------------------------------------------

# Marks a Hong Kong press release puts around a body's full name in an appointment, the short name
# in brackets after it (委任A出任「前任行政長官及政治委任官員離職後工作諮詢委員會」（諮詢委員會）的主席):
# opening mark → closing mark.
BODY_QUOTES: dict[str, str] = {
    "「": "」",  # 委任葉錫安出任「…諮詢委員會」(諮詢委員會)成員 (hk01 2018, probe dev)
    "『": "』",  # the same in a mirror that nests its quotes
    "“": "”",  # a Simplified mirror's quotes: 委任张三出任“城市规划委员会”主席
}
# Posts a quoted body's name is read with (委任A出任「X委員會」(諮詢委員會)成員 → X委員會成員).
BODY_MEMBER_POSTS: dict[str, str] = {
    "主席": "委任张三出任「城市规划委员会」（规划会）主席",
    "副主席": "委任张三出任「X委员会」副主席",
    "成员": "委任馬會主席葉錫安出任「…諮詢委員會」(諮詢委員會)成員 (hk01 2018, probe dev)",
    "委员": "委任张三出任「X委员会」委员",
    "召集人": "委任张三出任「X小组」召集人",
}
# Kinds of member a Hong Kong body names (為X委員會非官方成員): the body is the organization, the kind part
# of the post.
MEMBER_KINDS: dict[str, str] = {
    "非官方": "委任張三、李四為X委員會非官方成員 (tlb 2025, dev: 十六名非官方委員)",
    "官方": "X委員會官方成員",
    "非当然": "新委任陳國齡…和嚴志明為非當然委員 (hkej 2022, probe dev)",
    "新": "委任蔡德昇、徐海山和冼漢廸為新成員 (round 13)",
}
# The verbs of a move whose day (or an announced 将) before them is dropped, so the move reads as done (rounds 13,
# 16; 升任 and 陞任 in round 19). Each with a typical use.
SCHEDULED_MOVE_VERBS: dict[str, str] = {
    "出任": "現任X蔡傑銘將於2024年5月14日出任Y (round 13) / 现任消防处副处长李建日将出任处长 (round 19)",
    "接任": "将于明日接任X",
    "就任": "张三将于下月1日就任X",
    "升任": "李四将于115年1月1日升任X (a year of the ROC calendar)",
    "陞任": "張三將於明日陞任X",
}
# Days a Hong Kong move takes effect on, printed between the person and 出任/接任 (劉俊傑將於明日出任X):
# besides dates (round 13) and next month's days (round 14).
MOVE_DAY_WORDS: dict[str, str] = {
    "明日": "首席政府工程師劉俊傑將於明日出任土木工程拓展署署長 (hkej 2019, probe dev)",
    "明天": "张三明天出任X",
    "今日": "张三今日出任X",
    "今天": "张三今天出任X",
    "即日": "张三即日出任X",
    "同日": "李四将于同日出任X",
    "翌日": "李四翌日出任X",
}
# Adverbs of a time before the news, printed as a clause of their own before a name and 任 (此前,刘佳晨任省自然
# 资源厅厅长 — dzwww 2021, probe dev): the post held before, never a change (the same words glued to the name
# already gave nothing: 此前刘佳晨任X).
PRIOR_POST_ADVERBS: dict[str, str] = {
    "此前": "此前,刘佳晨任省自然资源厅厅长、党组书记 (大众日报 2021, probe dev w.dzwww)",
    "之前": "之前，张三任某局局长",
    "先前": "先前，张三任某局局长",
    "早前": "早前，张三出任某局局长 (香港 news)",
    "此前曾": "此前曾，张三任某局局长",
}
# Grades of the Hong Kong civil service printed before a person's name in a posting (首席政府工程師劉俊傑將於明日
# 出任X): they end the post held, so the name after them is read, but they are never a post given (a grade).
HELD_GRADE_ENDINGS: dict[str, str] = {
    "工程师": "首席政府工程師劉俊傑將於明日出任土木工程拓展署署長 (hkej 2019, probe dev)",
    "规划师": "首席政府城市規劃師葉子季,本月18日起出任規劃署署長 (881903 2024, probe dev)",
    "律师": "副首席律師周麗蓮本月31日起出任破產管理署署長 (881903 2024, probe dev)",
    "机师": "政府飛行服務隊總機師廖嘉俊,下周四起出任政府飛行服務隊總監 (881903 2024, probe dev)",
    "测量师": "首席政府測量師張三將於下月出任地政總署署長",
    "建筑师": "首席政府建築師李四將出任建築署署長",
    "政务官": "首長級甲級政務官王五出任X",
    "议员": "縣議員鍾東錦以21票當選副議長 (epochtimestw, dev: a seat held before the name; trad18)",
}
# Round 19 (component g, a convention of the labelled corpus): an announced move with 将 and no day — 现任消防处副处长
# 李建日将出任处长 (tvbnews 2016, dev) is labelled as the appointment it announces, like 将于明日出任X (round 16) —
# unless its sentence, up to that 将 (张三料将出任X), tells a rumour or a guess. The words that do, each with a
# typical use.
RUMOUR_WORDS: dict[str, str] = {
    "传": "外界盛传张三将出任X",
    "消息": "有消息称，张三将出任X",
    "据悉": "据悉，张三将出任X",
    "有望": "张三有望出任X",
    "或将": "张三或将出任X",
    "可能": "张三可能将出任X",
    "预计": "预计张三将出任X",
    "猜测": "外界猜测张三将出任X",
    "料将": "张三料将出任X",
    "拟": "张三拟将出任X",
    "如果": "如果张三将出任X",
    "是否": "张三是否将出任X",
}

# …and read only in a sentence that announces it (张三将出任X alone tells a plan: round 8). Each with a real clause.
ANNOUNCEMENT_WORDS: dict[str, str] = {
    "宣布": "政府宣布高層官員任命…李建日將出任處長 (tvbnews 2016, dev)",
    "公布": "政府公布一批高层官员调动，…朱曼铃，将于下月九日出任香港邮政署长 (881903, dev)",
    "表示": "政府表示，…现任消防处副处长李建日将出任处长 (tvbnews 2016, dev)",
    "发布": "县府发布人事命令，张三将接任X",
    "人事": "人事异动：张三将出任X",
    "任命": "政府公布任命，张三将出任X",
}

# Weeks a move takes effect in, before the day (廖嘉俊,下周四起出任X): 下周四, 本星期五, 下礼拜一.
MOVE_WEEK_WORDS: dict[str, str] = {
    "下周": "下周四起出任政府飛行服務隊總監 (881903 2024, probe dev)",
    "本周": "将于本周五出任X",
    "下星期": "下星期一出任X",
    "本星期": "本星期五出任X",
    "下礼拜": "下礼拜一出任X",
}
# A count, a post and the persons who take it, without a verb (16位非官守議員分別為A、B…及C — newschengdu 2017, dev;
# 四名新任委員為A、B、C和D — students.org.hk 2023, probe dev): read only when the text before it (or the post
# itself) names one of these events, and names none of COUNTED_LIST_REFUSALS; the persons must be as many as the count.
COUNTED_LIST_EVENTS: dict[str, str] = {
    "成员名单": "林郑月娥22日公布新一届特区行政会议成员名单 (newschengdu 2017, dev; 新一届 alone tells a team: round 14)",
    "委任": "委任陳建強接替彭耀佳出任…主席,並委任四名新委員和再度委任六名現任委員 (students.org.hk 2023)",
    "任命": "会议任命了一批干部",
    "续任": "六名續任委員為陳思源、鄭浩維… (students.org.hk 2023)",
    "新任": "四名新任委員為鄧依萍、劉廣業、岑棓琛和王凱斯 (students.org.hk 2023)",
}
# Words that make such a list a proposal or a story, not a change (3名候选人分别为A、B、C).
COUNTED_LIST_REFUSALS: dict[str, str] = {
    "候选": "3名候选人分别为A、B、C",
    "提名": "提名的4名人选分别为…",
    "拟": "拟任的2名副局长分别为…",
    "公示": "任前公示的5名干部分别是…",
    "人选": "副市长人选分别为…",
}
# Posts such a list may give besides the titles: a body's members (议员, 成员, 委员, 理事).
COUNTED_MEMBER_ENDINGS: tuple[str, ...] = ("议员", "成员", "委员", "理事")
# Words before the post that say whether the seat is new or renewed, no part of the post (新任委員 → 委員).
COUNTED_POST_PREFIXES: tuple[str, ...] = ("新委任的", "再度委任的", "新任", "续任", "新")
# Leads of a career's next step, read as a biography (nothing) when the paragraph has begun one (BIOGRAPHY_WORDS
# before them): 1965年4月出生的马宇骏…。之后,马宇骏出任省民族宗教事务厅副厅长 (大众日报 2021, probe dev w.dzwww).
CAREER_NEXT_LEADS: dict[str, str] = {
    "之后": "之后,马宇骏出任省民族宗教事务厅副厅长",
    "后来": "后来,张三任某局局长",
    "随后": "随后,张三调任某局局长",
    "其后": "其后,张三出任某局局长",
}
# Outgoing holders a Hong Kong release thanks as it names their successors (並感謝即將卸任的成員A、B及C在過去6年對
# 醫管局作出寶貴貢獻 — fonfmedia 2021, dev): a removal each, the post printed before the names (a bare name thanked
# gives nothing), the body they served after 對 joined to it. Members who have left already are thanked for past
# service, no change (感謝離任委員A、B和C在任內作出的貢獻 — hkmo33 2022, dev: not labelled).
LEAVING_THANKED_LEADS: dict[str, str] = {
    "感谢": "并感谢即将卸任的成员施荣恒、王沛诗及杨志威在过去6年对医管局作出宝贵贡献",
    "感激": "感激即将离任的委员张三和李四",
}
LEAVING_WORDS: dict[str, str] = {
    "即将卸任": "感谢即将卸任的成员A、B及C",
    "即将离任": "感谢即将离任的委员A和B",
}


# Round 20: the last item of a list of posts given up that names no post, only "the posts there" — 辞去公司总经理职务以及
# 第六届董事会副董事长、董事、董事会下设专门委员会的相应职务 (农发种业 2018, epaper.cs probe fit: nothing read, the
# last item holding no title). Such an item is dropped with the 、 / 及 before it, the list's 职务 kept. The words that
# end it (before 职务), each with a class-typical clause.
UNNAMED_POSTS_TAILS: dict[str, str] = {
    "的相应": "辞去公司董事、董事会下设专门委员会的相应职务",
    "相应": "辞去公司董事长、董事及董事会专门委员会相应职务",
    "的相关": "辞去公司副董事长、董事及董事会各专门委员会的相关职务",
    "相关": "辞去公司董事、董事会战略委员会相关职务",
    "的全部": "辞去公司董事、总经理及在子公司的全部职务",
    "全部": "辞去公司董事长、董事及子公司全部职务",
    "的所有": "辞去公司董事、副总经理及在公司的所有职务",
}
# Round 20: a post given up printed with 职位 for 职务 (乔布斯已经辞去首席执行官职位 — xiaoyanren 2011, probe fit),
# read as 职务 when it closes a post (after the last character of a title).
POST_NOUN_VARIANTS: dict[str, str] = {
    "职位": "乔布斯已经辞去首席执行官职位 / 张三辞去公司总经理职位",
}
# Round 20: enterprises named by their short name before a post (component d: 王晓初卸任中国电信董事长,出任中国联通
# 董事长; 胡问鸣任中船重工董事长 — gucheng 2015, probe fit: no organization was seen in 中国电信, the post was dropped).
# Central enterprises whose short name ends in no organization's suffix (公司, 集团 …): each the full name.
ENTERPRISE_SHORT_NAMES: dict[str, str] = {
    "中石油": "中国石油天然气集团有限公司",
    "中石化": "中国石油化工集团有限公司",
    "中海油": "中国海洋石油集团有限公司",
    "中国石油": "中国石油天然气股份有限公司",
    "中国石化": "中国石油化工股份有限公司",
    "中国海油": "中国海洋石油集团有限公司",
    "中国移动": "中国移动通信集团有限公司",
    "中国电信": "中国电信集团有限公司",
    "中国联通": "中国联合网络通信集团有限公司",
    "国家电网": "国家电网有限公司",
    "南方电网": "中国南方电网有限责任公司",
    "中建": "中国建筑集团有限公司",
    "中国建筑": "中国建筑集团有限公司",
    "中国中铁": "中国中铁股份有限公司",
    "中国铁建": "中国铁建股份有限公司",
    "中交建": "中国交通建设集团有限公司",
    "中船重工": "中国船舶重工集团有限公司",
    "中核": "中国核工业集团有限公司",
    "中广核": "中国广核集团有限公司",
    "中航工业": "中国航空工业集团有限公司",
    "中粮": "中粮集团有限公司",
    "中化": "中国中化控股有限责任公司",
    "中远海运": "中国远洋海运集团有限公司",
    "中国中车": "中国中车集团有限公司",
    "中国一汽": "中国第一汽车集团有限公司",
    "一汽": "中国第一汽车集团有限公司",
    "东风": "东风汽车集团有限公司",
    "上汽": "上海汽车集团股份有限公司",
    "宝钢": "宝钢集团有限公司",
    "鞍钢": "鞍钢集团有限公司",
    "首钢": "首钢集团有限公司",
    "五矿": "中国五矿集团有限公司",
    "中铝": "中国铝业集团有限公司",
    "华润": "华润（集团）有限公司",
    "中信": "中国中信集团有限公司",
}

# Round 20: words that open a sentence telling a change as a circulated rumour, not as a fact (消息称,王玉普任中石化
# 董事长、王宜林任中石油董事长… — after "一份…人事任命的消息被广泛流传", whmsebhyy 2015, probe fit: six false
# changes once 中石化 read as an organization). A sentence holding one is not read for changes. Each with a typical use.
RUMOUR_LEADS: dict[str, str] = {
    "消息称": "有消息称，张三任某集团董事长",
    "网传": "网传张三任某市市长",
    "据传": "据传张三已调任某局局长",
    "传言": "传言称张三出任某公司总经理",
    "传闻": "传闻张三出任某公司总经理",
    "盛传": "外界盛传张三任某局局长",
}
# Round aprec21: 所谓 before a claim the writer holds untrue (ucmanga, dev: 根據特定媒體報導指出,有所謂前立法院長王金平
# 接任海基會董事長一職 — denied in the next sentence). rev22: a rumour's lead only when a personnel verb follows in its own
# clause (no ，；“ between): 所谓 also names a term (按照所谓“一肩挑”的要求，任命张三为X / 打破所谓论资排辈，张三出任X),
# and the sentence's real change was lost with it. RUMOUR_CLAIM_SPAN characters at most to the verb.
RUMOUR_CLAIM_LEADS: dict[str, str] = {
    "所谓": "有所谓前立法院长张三接任某会董事长一职",
}
RUMOUR_CLAIM_SPAN = 40
# Round 20: a move to a body, then the post there — 王宜林调至中石油任董事长、党组书记 (gucheng 2015, probe fit) — read
# as 调任 + the body + the posts. The words of the move, each with a typical clause.
MOVED_TO_BODY_WORDS: dict[str, str] = {
    "调至": "王宜林调至中石油任董事长、党组书记 (gucheng 2015, probe fit)",
    "调往": "张三调往某市人民政府任副秘书长",
    "调入": "李四调入某局任副局长",
    "调到": "王五调到某县任县委书记",
}
# appoint31: move verbs that may stand before the body only when 担任 / 出任 follows it (a bare 任 after them is read
# elsewhere or not at all): 原国核技总经理顾军调任中核建担任总经理 (cable123 2015) → 顾军调任中核建总经理.
MOVED_TO_BODY_SERVING_WORDS: dict[str, str] = {
    "调任": "原国核技总经理顾军调任中核建担任总经理 (cable123 2015)",
    "调升": "张三调升某集团出任副总经理",
    "转任": "李四转任某公司担任董事长",
}

# Round 20: a term's qualifier printed inside a post, between its organization and its title (龚林鸿同志任遂昌中学新一届
# 校长 — 遂昌 2019, 61.175.241.68 probe fit: no post was read): dropped, the post being the organization's title.
TERM_IN_POST_WORDS: dict[str, str] = {
    "新一届": "龚林鸿同志任遂昌中学新一届校长 (遂昌 2019, probe fit)",
    "新一任": "张三任某中学新一任校长",
}
# Round 20: a second act of the person joined to the change by 并 after the post (齐利锋当选第二届理事会会长并发表讲话 —
# 开化 2019, jrkh.zjol probe fit: the post read as 会长并发表讲话, no post): cut at 并 when one of these verbs follows.
AND_THEN_VERBS: dict[str, str] = {
    "发表": "齐利锋当选第二届理事会会长并发表讲话 (开化 2019, probe fit)",
    "讲话": "张三当选某协会会长并讲话",
    "致辞": "张三当选某商会会长并致辞",
    "作": "李四当选为某协会会长并作表态发言",
    "表态": "李四当选为某协会会长并表态",
    "主持": "王五当选为某协会会长并主持会议",
    "颁发": "赵六当选某协会会长并颁发证书",
}

# Round 20: an accountability decision (问责) naming its persons, each with his post in brackets or before his name, then
# the measure: 对金育辉(吉林省副省长,2017年4月起分管…)予以免职，对李晋修(吉林省政协副主席,…)责令辞职，要求刘长龙(长春市
# 市长,…)、毕井泉(…)引咎辞职 (疫苗案问责 2018, ericfola probe fit: nothing read). The measures → the action, each with
# a class-typical clause. A person without a post (对张三予以免职) gives nothing: no post is stated.
ACCOUNTABILITY_MEASURES: dict[str, tuple[str, str]] = {
    "免职": ("remove", "对金育辉(吉林省副省长)予以免职 / 对某县县长张三给予免职处理"),
    "撤职": ("remove", "对某局局长张三予以撤职"),
    "责令辞职": ("resign", "对李晋修(吉林省政协副主席)责令辞职"),
    "引咎辞职": ("resign", "要求刘长龙(长春市市长)、毕井泉(市场监管总局副局长)引咎辞职"),
}

# Session 14 review: the words before 对/要求 in the measure's clause that make it a proposal or a demand, not a
# decision: 建议对张三(某局局长)予以免职 / 网民要求张三(某局局长)引咎辞职 state no change. Each with its clause.
ACCOUNTABILITY_NOT_DECIDED: dict[str, str] = {
    "建议": "市纪委建议对张三（某局局长）予以免职",
    "拟": "拟对张三（某局局长）予以免职 / 拟要求张三（某局局长）引咎辞职",
    "提请": "提请对张三（某局局长）予以撤职",
    "提议": "提议对张三（某局局长）予以免职",
    "呼吁": "呼吁对张三（某局局长）予以免职",
    "请求": "请求对张三（某局局长）予以撤职",
    "网民": "网民要求张三（某局局长）引咎辞职",
    "群众": "群众要求张三（某局局长）引咎辞职",
    "家属": "家属要求张三（某局局长）引咎辞职",
    "市民": "市民要求张三（某局局长）引咎辞职",
    "舆论": "舆论要求张三（某局局长）引咎辞职",
}

# Round 20 (precision, the nominations class): a word of proposal between the person and the verb told name first — 张三
# 拟被任命为X / 李四拟提拔为Y / 王五拟当选为Z had given the false person 张三拟 and a change only proposed. Such a
# clause states no change. Each with a class-typical clause.
NAME_PROPOSAL_WORDS: dict[str, str] = {
    "拟": "张三拟被任命为某局局长 / 李四拟提拔为某县副县长 (a proposal: nothing)",
    "拟任": "张三拟任命为某局局长",
}

# Rosters round 15 (issue 9): a press release that prints a committee's membership as a list under role headings — a
# head sentence (…委员会成员名单如下：), then one role heading per line (主席 / 非官方成员, often underlined by a rule
# line), the names one per line. Hong Kong bureaus print it in every appointment release, Macau and mainland notices
# too. The heads that open such a list (the text is read in Simplified), each with a typical head.
HEADED_LIST_HEADS: dict[str, str] = {
    "名单如下": "由二○二三年四月一日起，委员会成员名单如下：",
    "组成如下": "新一届委员会组成如下：",
    "成员如下": "委员会的成员如下：",
    "委员如下": "第二届专家委员会委员如下：",
    "以下人士": "行政长官委任以下人士为委员会成员：",
    "下列人士": "政府今日宣布委任下列人士为委员会成员：",
    "成员包括": "新一届委员会成员包括：",
}
# A head naming what the list is not (a meeting's attendance, candidates, an election's result, a contact list): no
# roster under it. Each with a head of its kind.
HEADED_LIST_REFUSED: dict[str, str] = {
    "出席": "出席会议的人员名单如下：",
    "列席": "列席人员名单如下：",
    "参加": "参加培训人员名单如下：",
    "候选人": "委员会委员候选人名单如下：",
    "拟任": "拟任人选名单如下：",
    "拟聘": "拟聘委员名单如下：",
    "公示": "现将拟聘人员名单公示如下：",
    "当选": "当选委员名单如下：",
    "选举": "选举结果如下，当选人士名单：",
    "获选": "获选人士名单如下：",
    "联系": "各单位联系人名单如下：",
    "获奖": "获奖人员名单如下：",
    "表彰": "受表彰人员名单如下：",
    "录取": "录取名单如下：",
}
# Role headings alone on a line in such a list (as printed, Simplified): the role carries down to the next heading or
# the list's end. Each with the list it heads.
HEADED_LIST_ROLES: dict[str, str] = {
    "主席": "主席⏎——⏎王志明博士",
    "副主席": "副主席⏎———⏎陈大文",
    "署理主席": "署理主席⏎张三",
    "联席主席": "联席主席⏎张三",
    "名誉主席": "名誉主席⏎张三",
    "非官方成员": "非官方成员⏎—————⏎陈大文",
    "非官守成员": "非官守成员⏎─────⏎陈大文",
    "官方成员": "官方成员⏎————⏎环境局常任秘书长或代表 (posts: no member)",
    "官守成员": "官守成员⏎────⏎财政司司长 (posts: no member)",
    "当然成员": "当然成员⏎----⏎广播处长 (posts: no member)",
    "委任成员": "委任成员：⏎张三",
    "增选成员": "增选成员⏎张三",
    "成员": "成员⏎——⏎张三",
    "委员": "委员⏎张三（再度委任）",
    "非官方委员": "非官方委员⏎—————⏎陈恒镔",
    "非官守委员": "非官守委员⏎张三",
    "官方委员": "官方委员⏎————⏎规划署署长 (posts: no member)",
    "当然委员": "当然委员：⏎考评局秘书长 (posts: no member)",
    "委任委员": "委任委员：⏎容永祺（主席）",
    "增选委员": "增选委员⏎张三",
    "非当然委员": "非当然委员⏎张三",
    "主任": "主任⏎张三　县长",
    "副主任": "副主任⏎李四　副县长",
    "主任委员": "主任委员⏎张三教授",
    "副主任委员": "副主任委员⏎李四",
    "秘书": "秘书⏎陈丽香女士",
    "秘书长": "秘书长⏎张三",
    "副秘书长": "副秘书长⏎李四",
    "召集人": "召集人⏎张三",
    "副召集人": "副召集人⏎李四",
    "组长": "组长⏎张三",
    "副组长": "副组长⏎李四",
}
# Titles and honours printed after a name in such a list, dropped from the person (FORMAT.md; the tlb dev truth): the
# longest first. Each with its line.
HEADED_LIST_HONORIFICS: dict[str, str] = {
    "资深大律师": "张三资深大律师",
    "大律师": "张三大律师",
    "太平绅士": "张三太平绅士",
    "工程师": "张三工程师",
    "先生": "陈嘉信先生，JP",
    "女士": "陈丽香女士",
    "小姐": "张三小姐",
    "博士": "王志明博士",
    "教授": "张小华教授，JP",
    "医生": "陈建强医生（主席）",
    "议员": "张宇人议员，GBS，JP",
    "院士": "张三院士",
    "大紫荆勋贤": "何世柱先生大紫荆勋贤，GBS，JP (the GBM's Chinese name)",
}
# Hong Kong surnames that no other table lists (禤, 锺 as OpenCC leaves it, 招), read only for a name standing whole on
# its line in such a list (招 and 区 start words elsewhere). Each with a name.
HEADED_LIST_SURNAMES: dict[str, str] = {
    "禤": "禤国全",
    "锺": "锺国斌",
    "招": "招文瑛",
}
# Lines that end such a list: the release's end mark and a page's way back up. Each as printed.
HEADED_LIST_ENDS: dict[str, str] = {
    "完": "完 (a release's last line)",
    "（完）": "（完）",
    "(完)": "(完)",
    "返回": "返回",
    "返回页首": "返回页首",
    "返回页顶": "返回页顶",
    "返回顶部": "返回顶部",
}
# How the note under such a list on its marks begins (# 新委员 / * 新成员 / ＃再度委任成员): it ends the list. Each with
# a note.
HEADED_LIST_NOTE_STARTS: dict[str, str] = {
    "新": "# 新委员",
    "再度": "＃再度委任成员",
    "获再度": "* 获再度委任成员",
    "续任": "# 续任委员",
}

# --------------------------------------------------------------------------------------------
# Issue 9, appointments round 21: lists and runs of changes inside found documents.
# --------------------------------------------------------------------------------------------

# Round 21: a clause that keeps the person of the clause before in a post states no change, and the verb in
# force (免去) never reaches it — 免去窦志刚同志X局长职务，保留X党委委员职务 (甘肃林草局 2019, qlsjqfj probe fit:
# 保留…党委委员 had been read as a second removal). Leads that open such a clause, each with a clause.
RETAINED_POST_LEADS: dict[str, str] = {
    "保留": "免去张三同志某局局长职务，保留某局党组成员职务",
    "仍保留": "免去张三某局局长职务，仍保留其某局党委委员职务",
    "继续保留": "免去张三某局局长职务，继续保留某局党委委员职务",
    "仍任": "免去张三某局局长职务，仍任某局党委委员",
    "仍担任": "李四辞去公司董事会秘书职务，仍担任公司董事、副总裁职务",
    "仍兼任": "免去王五某局局长职务，仍兼任某中心主任",
    "留任": "免去赵六某局局长职务，留任某局党组成员",
}

# Round 21: the votes won between the elected person and 当选 (苗栗县议会 2016, epochtimes.com.tw probe fit: 副議長陳明朝以
# 26票當選議長 gave nothing), dropped as NAME_TIME_ADVERBS are: 以26票 / 以全票 / 以高票 / 以35票过半票数. The pattern
# encloses at most 16 characters between 以 and 票 and 8 after it; the verbs it may stand before, each with a clause.
# Never 投/选/举/式 inside it: 会议以无记名投票方式选举张三当选X is a manner of voting, and its name must stay; never 的
# (张三以190票的高票当选为X stays unread, as round 7 decided: tests/test_personnel_round7.py).
VOTES_BEFORE_ELECTED_PATTERN: str = r"以[^，,。；;：:、投选举式的]{1,16}?票[^，,。；;：:、投选举式的]{0,8}?"
VOTES_ELECTED_VERBS: dict[str, str] = {
    "当选": "副议长陈明朝以26票当选议长",
    "获选": "李四以全票获选为主席",
}
# Round 21: words that open a request's clause of its own after an accepted request (the acceptance not carried
# to it: its verb is printed, or it begins another act), each with a clause.
REQUEST_CLAUSE_OPENERS: dict[str, str] = {
    "接受": "接受赵正永辞去X主任职务的请求,接受娄勤俭辞去Y省长职务的请求 (陕西 2016, dev lunwentd)",
    "同意": "接受张三辞去X职务的请求，同意李四辞去Y职务的请求",
    "批准": "接受张三辞去X职务的请求，批准李四辞去Y职务的请求",
    "决定": "接受张三辞去X职务的请求，决定李四辞去Y职务的请求报人代会备案",
    "会议": "接受张三辞去X职务的请求，会议还接受李四辞去Y职务的请求",
    "并": "接受张三辞去X职务的请求，并接受李四辞去Y职务的请求",
    "同时": "接受张三辞去X职务的请求，同时接受李四辞去Y职务的请求",
    "还": "接受张三辞去X职务的请求，还接受李四辞去Y职务的请求",
}
# Round 21: how a move crossed bodies, between the person and the verb or the comma before it — 中国大唐集团总经理刘
# 明胜,跨公司任国家电力投资集团董事长 / 徐思伟跨公司,任中国国新控股董事长 (中国新闻周刊 2024, capstoneengg probe fit):
# dropped, as NAME_VERB_ADVERBS are. Each with a clause.
CROSS_MOVE_WORDS: dict[str, str] = {
    "跨公司": "刘明胜，跨公司任国家电力投资集团董事长",
    "跨省": "张三跨省任某省副省长",
    "跨省份": "张三跨省份调任某省委常委",
    "跨地区": "李四跨地区调任某市市长",
    "跨区域": "李四跨区域调任某市市长",
    "跨系统": "王五跨系统出任某集团总经理",
    "跨行业": "王五跨行业出任某银行行长",
}
# Session 15 (appointments in committee releases): a Hong Kong / Macau release states the appointed members of an
# advisory body as a list after the seat — 两名新成员为A及B / 获再度委任的成员为A、B / 新委任的成员包括A、B — or
# after 再度委任 alone (再度委任A、B和C). The words before the seat (a count, then whether new or renewed), the
# seats, and the words that lead the names; each with a clause. The body is the one committee the headline and
# the text before name (COMMITTEE_BODY_ENDINGS); two committees named: nothing.
COMMITTEE_SEAT_LEADS: dict[str, str] = {
    "获再度委任的": "获再度委任的成员为A、B博士和C教授",
    "再获委任的": "三名再获委任的现任成员为A、B及C",
    "再度委任的": "再度委任的成员为A、B",
    "获委任的": "获委任的新成员为A、B",
    "新委任的": "三名新委任的成员为A、B博士和C",
    "续任的": "续任的成员为A、B",
    "新": "新成员分别是A、B和C",
}
# The seats (现任 may stand before them); a lead above is required: 成员包括A、B alone describes a committee's
# membership (a roster), no appointment.
COMMITTEE_SEATS: dict[str, str] = {
    "非官方成员": "新委任的非官方成员为A与B",
    "非官守成员": "新委任的非官守成员為A、B",
    "成员": "新委任的成员包括A、B",
    "委员": "新委员为A、B",
}
COMMITTEE_LIST_VERBS: dict[str, str] = {
    "分别是": "新成员分别是A、B和C",
    "分别为": "新成员分别为A、B和C",
    "包括": "新委任的成员包括A、B",
    "为": "两名新成员为A及B",
    "是": "新成员是A和B",
}
# 再度委任A、B和C (no seat printed: members of the body named before).
COMMITTEE_REAPPOINT_VERBS: dict[str, str] = {
    "再度委任": "政府今日宣布，再度委任A、B和C",
    "再次委任": "再次委任A及B",
    "续委任": "续委任A、B",
}
COMMITTEE_BODY_ENDINGS: tuple[str, ...] = ("委员会", "理事会", "谘询会", "咨询会")


# Session 15 (lead): a sentence that puts changes forward without deciding them. 拟任人选分别是A任X，B任Y /
# 经研究，拟任A为X，B为Y gave B's change (the proposal's word sat in the clause before): a clause holding one of
# these words makes the rest of its sentence proposed — and a list after its colon, to the end of its paragraph —
# until a clause holds a word of PROPOSAL_DECIDED_WORDS. Each with a sentence.
PROPOSED_SENTENCE_MARKS: dict[str, str] = {
    "拟任": "经研究，拟任王建国为某局局长，李明为某局副局长。 / 拟任人选分别是A任X，B任Y",
    "拟提名": "拟提名王建国为某局局长人选，李明为某局副局长人选。",
    "拟推荐": "拟推荐王建国为某局局长，李明为副局长。",
    "拟提拔": "拟提拔王建国任某局副局长，李明任某镇副镇长。",
    "拟聘": "拟聘王建国为某中心主任，李明为副主任。",
    "拟免": "拟免去王建国某局局长职务，李明某局副局长职务。",
    "拟调": "拟调王建国任某局局长，李明任某局副局长。",
    "拟确定": "拟确定王建国为某局局长，李明为某局副局长。",
    "提请任命": "提请任命王建国为某局局长，李明为某局副局长。 (not 提请辞去: a resignation tendered)",
    "提请免去": "提请免去王建国某局局长职务，李明某局副局长职务。",
    "提请任免": "关于提请任免王建国等同志职务的议案：王建国任某局局长，李明任副局长。",
    "建议任命": "建议任命王建国为某局局长，李明为某局副局长。",
    "建议免去": "建议免去王建国某局局长职务，李明某局副局长职务。",
    "建议提名": "建议提名王建国为某局局长人选，李明为副局长人选。",
}
# Words of a decision: a clause holding one ends the proposal (经审议，决定任命A为X，B为Y; 根据…拟任意见，任命…).
PROPOSAL_DECIDED_WORDS: dict[str, str] = {
    "决定": "市政府提请审议，会议决定任命王建国为某局局长，李明为某局副局长。",
    "根据": "根据市委拟任人选意见，任命王建国为某局局长，李明为某局副局长。",
    "通过": "会议表决通过了提请的人事任免事项：任命王建国为某局局长，李明为某局副局长。",
    "批准": "批准任命王建国为某局局长，李明为某局副局长。",
    "同意": "同意提名人选，任命王建国为某局局长，李明为某局副局长。",
}


# --------------------------------------------------------------------------------------------
# Appointments round 24 (session 17): mainland news reports and roundups. Tables read by
# records/appointments/news_mainland.py (and the two small in-place fixes it names).
# --------------------------------------------------------------------------------------------

# A time before this change, printed as a clause of its own before a name and 任 (the post held before the
# new one, never a change): 此番履新前,陈振林任中国气象局党组成员、副局长 (七一网 2023, dev). Read like
# PRIOR_POST_ADVERBS (round 16). Each with a clause.
PRIOR_POST_CLAUSES: dict[str, str] = {
    "此番履新前": "此番履新前,陈振林任中国气象局党组成员、副局长 (七一网 2023, dev 12371)",
    "此次履新前": "此次履新前，张三任某局副局长",
    "本次履新前": "本次履新前，张三任某局副局长",
    "履新前": "履新前，张三任某市副市长",
    "此番任职前": "此番任职前，张三任某局副局长",
    "此次任职前": "此次任职前，张三任某局副局长",
    "任职前": "任职前，张三任某局副局长",
    "调任前": "调任前，张三任某县县长",
    "升任前": "升任前，张三任某局副局长",
    "上任前": "上任前，张三任某局副局长",
    "就任前": "就任前，张三任某局副局长",
    "出任前": "出任前，张三任某局副局长",
    "在此之前": "在此之前，张三任某局副局长",
    "此次调整前": "此次调整前，张三任某局副局长",
}

# Words that set a body up inside a sentence (a leading group's office, where it sits): the posts staffed in
# the same sentence are the body's roster, never a change — 下设污染源普查工作办公室为街道城管办(环保办),由周阳兼任
# 办公室主任,周胜清任副主任 (观沙岭街道 2018, dev yuelu: a roster; 周胜清 was an appointment). A clause with a
# decision's word of its own (OFFICE_STAFFING_DECIDED) still reads. Each with a sentence.
OFFICE_SETUP_WORDS: dict[str, str] = {
    "下设": "领导小组下设办公室，由周阳兼任办公室主任，周胜清任副主任",
    "设在": "办公室设在区环保局，由周阳兼任办公室主任，周胜清任副主任",
    "设于": "办公室设于区环保局，周阳任办公室主任",
    "设立办公室": "领导小组设立办公室，周胜清任副主任",
}
OFFICE_STAFFING_DECIDED: dict[str, str] = {
    "任命": "领导小组下设办公室，任命周胜清为办公室副主任 (a decision)",
    "聘任": "下设办公室，聘任周胜清为办公室副主任",
    "决定": "下设办公室，决定周胜清任副主任",
    "免去": "下设办公室，免去周胜清的副主任职务",
}

# A deputy's bare title after the full title of its head, in one sentence of an election's story: the
# deputies take the head's organization — 王荣当选为深圳市委书记,许勤、王穗明(女)当选为副书记 → 深圳市委副书记
# (中国日报 2010, dev chinadailycovid). Only after these verbs in the deputy's own clause (a bare 为/任 keeps
# round 6's reading: 选举A为X主任，B为副主任 leaves 副主任 as printed). Each with a clause.
DEPUTY_ELECTED_VERBS: dict[str, str] = {
    "当选为": "许勤、王穗明当选为副书记",
    "当选": "许勤当选副书记",
    "全票当选": "许勤全票当选副书记",
    "获选为": "许勤获选为副主席",
    "获选": "许勤获选副主席",
}
# The seats of a party committee's standing committee named in a list after 包括 or a colon, bare: they take the
# party committee of the sentence's post before them (…当选为深圳市委书记,…,常委包括王荣、许勤… → 深圳市委常委).
PARTY_COMMITTEE_SEATS: dict[str, str] = {
    "常委": "常委包括王荣、许勤、王穗明 (中国日报 2010, dev chinadailycovid)",
    "委员": "委员包括王荣、许勤",
    "副书记": "副书记包括许勤、王穗明",
    "候补委员": "候补委员包括张三、李四",
}
# Verbs of the news after two names joined by 和/及/与 (read as one list, as before 为/任: round 7's _names_joined):
# 许勤和王穗明当选为副书记 gave the person 许勤和 (its run split as 许勤和 + 王穗明); 张三及李四当选为X gave nothing.
# Each with a clause.
NAMES_JOINED_VERBS: dict[str, str] = {
    "当选": "许勤和王穗明当选为副书记 (deputies elected in a roundup)",
    "全票当选": "张三和李四全票当选为副主席",
    "获选": "张三及李四获选为副会长",
    "被任命": "张三与李四被任命为某局副局长",
    "被免去": "张三和李四被免去某局副局长职务",
    "被选举": "张三和李四被选举为副主任",
    "出任": "张三和李四出任某局副局长",
    "升任": "张三和李四升任某局副局长",
    "调任": "张三和李四调任某局副局长",
    "不再担任": "张三和李四不再担任某局副局长",
}

# What is said of the one succeeded, between 接替 and his name, ending in 的 (落马的徐建一, 退休的张三): no part of the
# names. 徐平接替落马的徐建一,出任X gave nothing and 徐平接替落马的徐建一出任X gave 徐建一 the post (中国网 2015, dev
# gucheng). Dropped only when a name and a verb (出任, 任 …) or a comma follow. Each with a clause; the table lists
# the attributive's last words seen, the rule reads any short attributive (up to 10 characters, no clause mark).
SUCCEEDED_ATTRIBUTIVES: dict[str, str] = {
    "落马的": "徐平接替落马的徐建一,出任中国第一汽车集团公司董事长 (中国网 2015, dev gucheng)",
    "退休的": "李四接替退休的张三任某集团董事长",
    "到龄退休的": "李四接替到龄退休的张三任某集团董事长",
    "调任的": "李四接替调任某局的张三任某县县长",
    "已故的": "李四接替已故的张三出任某会会长",
}

# Words opening the clause after 'a post held and a name,' that make it that person's move (round 21's
# 中国大唐集团总经理刘明胜，任X with 任/兼任/MOVE_VERBS): a succession too — 人民日报社社长王晨,接替调任文化部长的蔡武,出任
# 国务院新闻办主任 (2008 news reposted, dev xiasha). Each with a clause.
HELD_NAME_SUCCESSION_OPENERS: dict[str, str] = {
    "接替": "人民日报社社长王晨,接替蔡武,出任国务院新闻办主任 (dev xiasha)",
    "接任": "某集团总经理张三，接任某集团董事长",
    "出任": "某集团总经理张三，出任某集团董事长",
}

# A person's posts "adjusted", then the change with no subject of its own after the comma: 调整王立军的职务,不再兼任重庆
# 市公安局局长 (一财网 2012 via 新浪, dev msnfinancesina) — read as 王立军,不再兼任X (a name clause joined to the change
# after it, round 9). The words before the name; each with a clause.
ADJUSTED_POST_LEADS: dict[str, str] = {
    "调整": "调整王立军的职务,不再兼任重庆市公安局局长 (dev msnfinancesina)",
    "调整了": "重庆市调整了王立军的职务，不再兼任重庆市公安局局长",
    "变动": "变动张三的职务，改任某局局长",
}
# The verbs that open the change after the comma (never a description: 调整王立军的职务分工 has no comma clause).
ADJUSTED_POST_CHANGES: dict[str, str] = {
    "不再担任": "调整张三的职务，不再担任某局局长",
    "不再兼任": "调整王立军的职务,不再兼任重庆市公安局局长",
    "改任": "调整张三的职务，改任某局局长",
    "调任": "调整张三的职务，调任某局局长",
    "转任": "调整张三的职务，转任某局局长",
    "任": "调整张三的职务，任某局局长",
    "兼任": "调整张三的职务，兼任某局局长",
    "免去": "调整张三的职务，免去其某局局长职务",
}

# A person named in a clause of his own — perhaps after what is said of him, ending in 的 — then the change after
# the comma opening on when or where (read as one clause, as round 9 joins 张三，免去…): 此前卸任文化部部长的蔡武,在
# 2月28日下午闭幕的…会议上,被增补为X / 年初调任环保部的陈吉宁,在2月接替周生贤正式履任环保部部长 (2015 roundup, dev
# usafjsen). The words that open such a change's clause; each with a clause.
NAME_CLAUSE_ADVERBIAL_OPENERS: dict[str, str] = {
    "在": "年初调任环保部的陈吉宁,在2月接替周生贤正式履任环保部部长 (dev usafjsen)",
    "于": "张三，于3月1日接任某局局长",
}

# Surnames that are also a list's conjunction (及): a name with one is read only inside a 、-list, closed by 、 on
# both sides — 周光明、谭国箱、闫小培、及聚声、陈彪当选为人大常委会副主任 (中国日报 2010, dev chinadailycovid: the whole
# list was lost). Never last in the list (、及B为X is the conjunction, read by _names_joined). Each with a name.
MID_LIST_SURNAMES: dict[str, str] = {
    "及": "及聚声 (深圳市人大常委会副主任, 2010)",
}

# Words before a post that say its holders are newly given it, then 代表 and names — the new holders who speak for the
# others: 聘任仪式上,新聘参事代表步宏、张剑渝、杨虎就…发言 (成都日报 2016, dev xinwenba; each an appointment to the post
# the document names in full, 成都市人民政府参事). A serving holder (参事代表A) is no change. Each with a clause.
NEW_HOLDER_SPEAKER_LEADS: dict[str, str] = {
    "新聘": "新聘参事代表步宏、张剑渝、杨虎就下一步做好参事工作进行了发言 (dev xinwenba)",
    "新聘任的": "新聘任的参事代表张三发言",
    "新聘的": "新聘的馆员代表张三、李四发言",
    "新任": "新任参事代表张三发言",
    "新任命的": "新任命的参事代表张三作表态发言",
    "新当选的": "新当选的委员代表张三发言",
}

# The ground of a leaving glued after the persons (and 则/也), its own clause before the verb: 王艷玲、秦玉海等10人則依據
# 法規,不再擔任省教育廳廳長、省公安廳廳長等職務 (大河报 2013, dev wbywanted) — dropped, so that the persons open the
# leaving's clause (as 张三同志，因年龄原因，不再担任X reads since round 9). The words opening the ground; each with a clause.
LEAVING_GROUND_LEADS: dict[str, str] = {
    "依据": "王艳玲、秦玉海等10人则依据法规,不再担任X、Y等职务 (dev wbywanted)",
    "依照": "张三依照有关规定，不再担任某局局长职务",
    "根据": "张三根据有关规定，不再担任某局局长职务",
    "按照": "张三按照干部任职回避规定，不再担任某局局长职务",
    "依法": "张三依法，不再担任某局局长职务",
    # Round 25: the reason itself — age or retirement (由于钮小明同志已到退休年龄,故不再担任省社会主义学院院长 — 四川
    # 2014, dev sctyzx: the person in the reason's clause, the leaving in the next)
    "已到退休年龄": "由于钮小明同志已到退休年龄,故不再担任省社会主义学院院长 (dev sctyzx)",
    "已届退休年龄": "张三已届退休年龄，不再担任某局局长职务",
    "因到龄退休": "张三因到龄退休，不再担任某局局长职务",
    "到龄退休": "张三到龄退休，不再担任某局局长职务",
    "因退休": "张三因退休，不再担任某局局长职务",
    "因年龄原因": "张三因年龄原因，不再担任某局局长职务",
    "因工作变动": "张三因工作变动，辞去某局局长职务",
    "因工作需要": "张三因工作需要，不再担任某局局长职务",
    "因个人原因": "张三因个人原因，辞去某公司董事职务",
}
# Round 25: a word that opens the reason's clause before the person (由于A同志已到退休年龄,故不再担任X) and one that
# opens the leaving's clause after it (故 / 因此 / 所以): dropped with the ground. Each with a clause.
LEAVING_REASON_OPENERS: dict[str, str] = {
    "由于": "由于钮小明同志已到退休年龄,故不再担任省社会主义学院院长 (dev sctyzx)",
    "因为": "因为张三已到退休年龄，所以不再担任某局局长职务",
    "鉴于": "鉴于张三已届退休年龄，不再担任某局局长职务",
}
LEAVING_AFTER_CONNECTIVES: dict[str, str] = {
    "故": "由于钮小明同志已到退休年龄,故不再担任省社会主义学院院长 (dev sctyzx)",
    "因此": "张三已到退休年龄，因此不再担任某局局长职务",
    "所以": "因为张三已到退休年龄，所以不再担任某局局长职务",
    "遂": "张三因个人原因，遂辞去某公司董事职务",
}
# appoint28: what follows 提名 / 推荐 when the word names a board's committee, not a nomination (辞去…战略委员会主任委员、
# 提名委员会委员、薪酬与考核委员会委员等职务 — 第一医药, hbyanyusl dev). Each with a clause.
NOMINATION_COMMITTEE_TAILS: dict[str, str] = {
    "委员会": "孙伟申请辞去公司董事长、提名委员会委员等职务 (第一医药, dev)",
    "与薪酬委员会": "辞去公司董事、提名与薪酬委员会主任委员职务",
    "及薪酬委员会": "辞去公司董事、提名及薪酬委员会委员职务",
    "和薪酬委员会": "辞去公司董事、提名和薪酬委员会委员职务",
    "薪酬委员会": "辞去公司董事、提名薪酬委员会委员职务",
    "与薪酬考核委员会": "辞去公司董事、提名与薪酬考核委员会委员职务",
}
# The verbs of the leaving after the ground's comma.
LEAVING_AFTER_GROUND: dict[str, str] = {
    "不再担任": "张三根据有关规定，不再担任某局局长职务",
    "不再兼任": "张三根据有关规定，不再兼任某局局长职务",
    "辞去": "张三根据有关规定，辞去某局局长职务",
}

# A decision adopted and named by what it decides, a person first and 任 (with or without 《》): 会议表决通过了关于李强
# 同志任国务院总理的决定 / 通过了《关于张平同志任某委员会主任的决定》 — read as the decision 关于任命A为X的决定 already
# is (round 12). The verbs that adopt or make it; each with a clause.
NAMED_DECISION_ADOPTERS: dict[str, str] = {
    "通过了": "会议表决通过了关于李强同志任国务院总理的决定",
    "通过": "会议表决通过《关于张平同志任某委员会主任的决定》",
    "作出了": "会议作出了关于张平同志任某局局长的决定",
    "作出": "常委会作出关于张平同志任某局局长的决定",
}


# --------------------------------------------------------------------------------------------
# Appointments round 23 (issue 9, session 17): news in Traditional characters (Hong Kong, Macau, Taiwan)
# and their mirrors. Read by records/appointments/news_trad.py and records/names.py.
# --------------------------------------------------------------------------------------------

# Characters of persons' names that the Table of General Standard Chinese Characters (2013) admits in names
# but that OpenCC folds into another character with the whole Traditional page: the name keeps the printed
# one (委任蔡德昇…為新成員 → 蔡德昇, never 蔡德升 — hkmo33 2022, dev). Value: the character OpenCC gives.
PERSON_NAME_KEPT_CHARS: dict[str, str] = {
    "昇": "升",  # 蔡德昇 (hkmo33 2022, dev)
    "陞": "升",  # 王陞 — as 陞任 it is a verb, but inside a name read as one it is the name's
    "乾": "干",  # 李乾 (OpenCC keeps 乾 only in phrases such as 乾坤, 乾隆)
    "於": "于",  # 王興於 → 王兴於 (ynkmhao, dev; apages21): 於 stays a name's character in Simplified (於梨华)
}
# Variant forms of name characters that OpenCC leaves as printed (Hong Kong and Taiwan print them in names):
# folded to the standard character in a person's name only (冼漢廸 → 冼汉迪 — hkmo33 2022, dev). Value: the
# standard character.
PERSON_NAME_VARIANTS: dict[str, str] = {
    "廸": "迪",  # 冼漢廸 (hkmo33 2022, dev)
    "栢": "柏",  # 陳栢豪 → 陈柏豪
    "煕": "熙",  # 李煕 → 李熙
    "淸": "清",  # 王淸 → 王清
    "靑": "青",  # 張靑 → 张青
    "徳": "德",  # 陳徳 → 陈德
    "皐": "皋",  # 林皐 → 林皋
    "曺": "曹",  # 曺文 → 曹文 (the surname)
}

# Words of organizations and places shaped like a name (a listed surname and one or two characters) that open
# the posts of Hong Kong, Macau and Taiwan news (勞動局長一職,由…接任 / 康樂及文化事務署署長的空缺 gave nothing: the
# post was read as a name and a title). Never a name (people.is_person_name), but an organization as they
# are (unlike NOT_NAMES, which also refuses a short ministry: 任务部长); each with a post it opens.
TRAD_POST_WORDS_NOT_NAMES: dict[str, str] = {
    "劳动": "勞動局長一職,由原觀傳局長王秋冬接任 (lifeinfo, dev) / 劳动部长 (台湾)",
    "劳工": "劳工处处长 (香港) / 劳工局长 (高雄)",
    "康乐": "康樂及文化事務署署長的空缺 (881903, dev)",
    "卫生": "卫生署署长 (香港) / 卫生局长",
    "卫生署": "卫生署署长",
    "卫福": "卫福部长 (台湾)",
    "林业": "林业局局长",
    "房屋": "房屋署署长 (香港)",
    "廉政": "廉政公署廉政专员 (澳门, 香港)",
    "路政": "路政署署长 (香港)",
    "金管": "金管会主委 (台湾)",
    "纪律": "纪律部队 (香港)",
    "安监": "安监局局长",
    "银监": "银监会主席",
    "边检": "边检站站长",
    "信访": "信访局局长",
    "宗教": "宗教局局长",
    "高雄": "高雄市长 / 高雄市副市长 (台湾)",
    "南投": "南投县长 (台湾)",
    "金门": "金门县地政局长 (台湾)",
    "花莲": "花莲县长 (台湾)",
    "苗栗": "苗栗县长 (台湾)",
}

# A note mark printed before a person at the start of a clause (an annual report's footnotes: *7 王秀峰先生於2023年
# 7月24日辭任X — irasia 2023, dev: the mark hid the name). The marks, each with a use; a number may follow.
NOTE_MARKS_BEFORE_NAME: dict[str, str] = {
    "*": "*7 王秀峰先生於2023年7月24日辭任本公司董事會副主席 (irasia 2023, dev)",
    "＊": "＊7 王秀峰先生辭任X",
    "※": "※ 張三先生獲委任為X",
    "#": "#2 李四先生於同日退任X",
}

# Words of time before a news change that are past or of this month, between a person and the verb of a move
# (原北航黨委書記杜玉波上月調任教育部黨組副書記 — damoshentu, dev: nothing read). As NAME_TIME_ADVERBS; the future
# (下月, 将) is read only by the scheduled moves (SCHEDULED_MOVE_VERBS) and the announced futures.
TRAD_NAME_TIME_WORDS: dict[str, str] = {
    "上月": "杜玉波上月調任教育部黨組副書記、副部長 (damoshentu, dev)",
    "上个月": "张三上个月调任某局局长",
    "本月": "李四本月出任某署署长",
    "上周": "王五上周接任某局局长",
    "上星期": "赵六上星期接任某署署长 (香港)",
    "月前": "张三月前调任某局局长",
    # appoint32: the part of this year a leaving or a move fell in (僑委會前委員長童振源今年初卸任 — businesstoday 2023, dev)
    "今年初": "僑委會前委員長童振源今年初卸任,由原副委員長徐佳青接任 (businesstoday 2023, dev)",
    "年初": "張三年初卸任某局局長",
    "今年年初": "張三今年年初調任某局局長",
}

# Verbs of Hong Kong, Macau and Taiwan news read as another verb the grammar knows: value (the verb read,
# an example). Never 續任 (a post kept: round 18's row 李四續任X gives nothing). 請辭X (a resignation tendered and,
# in news, accepted) as 辭去X; 退任X (a director retiring,
# an annual report) as 卸任X (a removal, as the corpus labels it); 宣誓就任X / 就任X as 出任X.
TRAD_VERB_FORMS: dict[str, tuple[str, str]] = {
    "请辞": ("辞去", "高寶華因個人健康因素請辭勞動局長,蔣萬安市長已准辭 (lifeinfo, dev)"),
    "退任": ("卸任", "龐述英先生於2023年6月2日退任本公司獨立非執行董事 (irasia 2023, dev)"),
    "辞任": ("辞去", "港鐵主席歐陽伯權…,提早辭任嶺南大學校董會主席一職 (hkoncc 2019, dev: a post before the name)"),
    "宣誓就任": ("出任", "林明溱宣誓就任南投縣長"),
    "宣誓就职": ("出任", "林明溱宣誓就職南投縣長"),
    "就任": ("出任", "張三就任南投縣長"),
    "获再度委任为": ("获委任为", "張三獲再度委任為某委員會主席"),
    "再度获委任为": ("获委任为", "張三再度獲委任為某委員會主席"),
    "获再次委任为": ("获委任为", "張三獲再次委任為某委員會主席"),
    "真除": ("出任", "副局長李四真除某局局長 (台湾: an acting holder made the holder)"),
    "派兼": ("兼任", "秘書長張三派兼某局局長 (台湾: a further post given)"),
}
# Words before one of these verbs that make it no change made: a wish, a rumour, a plan, a rule (董事須輪席退任).
TRAD_VERB_NOT_DONE: dict[str, str] = {
    "有意": "張三有意請辭X",
    "考虑": "張三考慮請辭X",
    "拟": "張三擬請辭X",
    "将": "張三將請辭X (a future: nothing)",
    "可能": "張三可能請辭X",
    "传": "傳張三請辭X",
    "否认": "張三否認請辭X",
    "不会": "張三不會請辭X",
    "轮席": "董事須輪席退任 (a rule of the articles)",
    "轮值": "董事輪值退任",
    "须": "董事須退任",
    "应": "董事應退任",
    "要求": "議員要求張三請辭X (a demand, not a resignation)",
    "促": "促張三請辭X",
}
# Review round 18 (s18-rev18): what tells a Taiwan report's change was not made, right before the verb of a
# designation, of taking office or of a pair's election (縣府未指派張三代理鄉長, 新任局長張三尚未到職, A及B未當選正副主席
# — each had given a record, 尚未 or 李四未 as the person): a negation, a question or a past (曾: a career's fact).
TRAD_NOT_DONE_BEFORE_VERB: dict[str, str] = {
    "未": "縣府未指派張三代理鄉長 / 新任局長張三未到職 / A及B未當選正副主席",
    "尚未": "新任局長張三尚未到職",
    "并未": "縣府並未指派張三代理鄉長",
    "没有": "縣府沒有指派張三代理鄉長",
    "没": "A及B沒當選正副主席",
    "不": "縣府不指派張三代理鄉長",
    "拒绝": "縣府拒絕指派張三代理鄉長",
    "是否": "縣府是否指派張三代理鄉長,仍待觀察 / 新任局長張三是否到職",
    "何时": "新任局長張三何時上任?",
    "能否": "新任局長張三能否到職",
    "为何": "議員質疑縣府為何指派張三代理鄉長",
    "准备": "縣府準備指派張三代理鄉長 (a plan)",
    "预计": "縣府預計指派張三代理鄉長 (a plan)",
    "打算": "縣府打算指派張三代理鄉長 (a plan)",
    "曾": "縣府曾指派張三代理鄉長 (a career's fact, not this report's change)",
}
# …and before the verb that grants a resignation (接受 / 同意 / 批准, records.appointments.clauses.RESIGN_RE): the
# request refused, not granted, or asked about — no resignation.
RESIGNATION_REFUSED_BEFORE: dict[str, str] = {
    "不": "不接受张三辞去X职务",
    "未": "未同意张三辞去X职务的请求",
    "拒绝": "拒绝接受张三辞去X职务",
    "是否": "是否接受张三辞去X职务的请求",
    "没有": "会议没有接受张三辞去X职务的请求",
    "没": "会议没接受张三辞去X职务的请求",
    "不予": "不予批准张三辞去X职务的请求",
}
# …and after the resignation, later in its sentence (session 19, the lead): the board or meeting refused it — no
# resignation (张三申请辞去公司董事长职务，但董事会未同意). Matched in a later clause of the sentence that names
# no resignation of its own (no 辞去), or after the resignation in its own clause.
RESIGNATION_REFUSED_AFTER: dict[str, str] = {
    "未同意": "张三申请辞去公司董事长职务，但董事会未同意",
    "不同意": "张三提出辞去公司董事职务，董事会经审议不同意其辞职",
    "未予同意": "张三申请辞去公司董事长职务，董事会未予同意",
    "不予同意": "张三申请辞去X职务，会议不予同意",
    "未接受": "张三请求辞去县长职务，会议未接受",
    "不接受": "张三请求辞去县长职务，会议决定不接受",
    "未予接受": "张三请求辞去县长职务，会议未予接受",
    "不予接受": "张三请求辞去县长职务，常委会不予接受",
    "未批准": "张三申请辞去X职务，组织未批准",
    "不予批准": "张三申请辞去X职务，上级不予批准",
    "未获批准": "张三申请辞去X职务，未获批准",
    "未获同意": "张三申请辞去X职务，未获同意",
    "未获通过": "张三辞去X职务的请求未获通过",
    "没有同意": "张三申请辞去X职务，董事会没有同意",
    "没有接受": "张三请求辞去X职务，会议没有接受",
    "拒绝": "张三申请辞去X职务，遭董事会拒绝",
    "驳回": "张三辞去X职务的申请被驳回",
    "婉拒": "张三请辞X职务，董事会婉拒",
    "暂缓": "张三申请辞去X职务，董事会决定暂缓审议",
}
# …and the words that open a condition: the clause they open states no change (若縣府指派張三代理鄉長,將…).
TRAD_CONDITION_OPENERS: dict[str, str] = {
    "如": "如縣府指派張三代理鄉長,將引發爭議",
    "若": "若縣府指派張三代理鄉長,將引發爭議",
    "如果": "如果縣府指派張三代理鄉長",
    "倘若": "倘若縣府指派張三代理鄉長",
    "假如": "假如縣府指派張三代理鄉長",
    "若是": "若是縣府指派張三代理鄉長",
    "一旦": "一旦縣府指派張三代理鄉長",
}
# …and in any script, a clause opened by one of them states no change either (session 19, the lead: 若任命张三为县长，将… /
# 如果张三出任县长 gave appointments); 如若 too. Not 如 alone: in a report it mostly gives an example (如河南省鹤壁市委原
# 书记丁巍出任安阳市委书记, a change told). 若 opens a condition only when no word of its own begins there
# (CONDITION_OPENER_WORDS: 若干名干部 is no condition).
CONDITION_OPENERS: dict[str, str] = {
    **{w: use for w, use in TRAD_CONDITION_OPENERS.items() if w != "如"},
    "如若": "如若任命张三为县长",
}
CONDITION_OPENER_WORDS: dict[str, str] = {
    "若干": "若干名干部",
    # …and words that open a clause with 如 and no condition (lead, session 20: for 如 before a consequence, below)
    "如期": "如期完成换届",
    "如下": "如下：张三任县财政局局长",
    "如实": "如实报告",
    "如今": "如今张三已任县长",
    "如此": "如此，张三任县长",
    "如同": "如同往年",
    "如上": "如上所述",
    "如数": "如数退还",
    "如何": "如何选任干部",
}
# 如 alone opens a condition when a later clause of its sentence gives the consequence (lead, session 20; rev20's
# probe 如市委同意张三任X，则… gave an appointment): the words that open that clause, each with a use. Without one, 如
# gives an example (如河南省鹤壁市委原书记丁巍出任安阳市委书记: a change) and the clause is read; 如期 / 如下 … open no
# condition (CONDITION_OPENER_WORDS).
CONDITION_CONSEQUENT_OPENERS: dict[str, str] = {
    "则": "如市委同意张三任县委书记，则由李四接任县长",
    "那么": "如张三出任县长，那么副县长一职由李四接任",
    "就": "如张三出任县长，就由李四接任副县长",
}
# A post, its holder's name, then the oath that starts the term (第17屆南投縣長林明溱宣誓就職 — 5chtw 2014, dev):
# the holder takes the post. The oath's words, each with a clause.
# Round 25: what follows a post where a name would, in a report of the oath — the oath's object or the words of the
# ceremony (举行了新当选镇长向宪法宣誓仪式 — 三和镇 2018, dev: 向宪法 had been the new 镇长). The slot holds no name.
OATH_SLOT_PHRASES: dict[str, str] = {
    "向宪法": "举行了新当选镇长向宪法宣誓仪式 (三和镇 2018, dev)",
    "向国旗": "新任命的局长向国旗宣誓",
    "向国徽": "新当选的县长向国徽宣誓",
    "进行宪法宣誓": "新任命的副区长进行宪法宣誓",
    "宪法宣誓": "新任命人员宪法宣誓仪式 / 新当选镇长宪法宣誓",
    "面向国旗": "新任命的局长面向国旗宣誓",
    "向大会": "新当选的县长向大会作表态发言",
    "向全体代表": "新当选的主席向全体代表表示感谢",
}
OATH_OF_OFFICE_WORDS: dict[str, str] = {
    "宣誓就职": "第17屆南投縣長林明溱宣誓就職 (5chtw 2014, dev)",
    "宣誓就任": "新任高雄市長陳其邁宣誓就任",
}

# Round 23: words of a post's vacancy between the post and 由 its new holder (康樂及文化事務署署長的空缺,就由A接任 —
# 881903, dev; 勞動局長遺缺由A接任): dropped, so that X由A接任 reads. Never 将由 (a future). Each with a clause.
VACANCY_WORDS: dict[str, str] = {
    "的空缺": "康樂及文化事務署署長的空缺,就由政府產業署署長劉明光,在十月四日接任 (881903, dev)",
    "空缺": "財政處長空缺由王五接任",
    "的遗缺": "勞動局長的遺缺由王秋冬接任 (台北 news)",
    "遗缺": "勞動局長遺缺由王秋冬接任",
    "一职的空缺": "署長一職的空缺由李四接任",
    "出缺": "局長出缺由副局長張三接任",
}
# A person's age before the name and a move (33歲周羿希接任青年局長 — lifeinfo, dev): no part of the person.
AGE_BEFORE_NAME_PATTERN = r"[\d０-９]{1,3}(?:岁|歲)的?"
# anews21 (written here by rev22, was inline in clauses): an age describing the holder, opening a mainland news
# clause after HOLDER_AGE_LEADS (65岁的蔡名照… / 现年59岁的王赋…) — two or three digits and 的, so that a count (300名…)
# or a year (2020年的…) never reads as one; the text is simplified first.
HOLDER_AGE_PATTERN = r"[\d０-９]{2,3}周?岁的"
# Words a PDF's text layer splits with the space of a wrapped line (而於同日馮波鳴先生獲委 任為X — irasia 2023,
# dev: nothing read; 陸永新先 生獲委任): the verbs and honorifics the grammar needs whole. Each with a use.
WRAPPED_WORDS: dict[str, str] = {
    "委任": "馮波鳴先生獲委 任為本公司董事會主席 (irasia 2023, dev)",
    "辞任": "張三先生辭 任本公司董事",
    "退任": "李四先生退 任本公司董事",
    "调任": "徐頌先生獲調 任為X",
    "出任": "王五先生出 任X",
    "接任": "趙六先生接 任X",
    "先生": "陸永新先 生獲委任為本公司董事總經理 (irasia 2023, dev)",
    "女士": "張三女 士獲委任為X",
    "博士": "李四博 士獲委任為X",
    "教授": "王五教 授獲委任為X",
}

# Round 23: what Hong Kong news prints between a person and a resignation's verb (辭任 / 辭去 / 卸任): this year's
# month (於今年10月 — never a bare month or a year: a career's date), a reason (以…為由, REASON_BY_PATTERN) and an
# adverb of it coming early (歐陽伯權於今年10月以專注其他公務為由,提早辭任X — hkoncc 2019, dev). The adverbs:
RESIGN_EARLY_ADVERBS: dict[str, str] = {
    "提早": "歐陽伯權…,提早辭任嶺南大學校董會主席一職 (hkoncc 2019, dev)",
    "提前": "張三提前卸任某公司董事",
}
THIS_YEAR_MONTH_PATTERN = rf"(?:于|於)?(?:今年|本年)(?:[\d０-９]{{1,2}}|[{CN_ORDINALS}]{{1,3}})月(?:份|初|中|底)?"
# Titles of address printed after a person's name in Hong Kong and Macau releases, like 先生 / 博士 (HONORIFICS):
# no part of the name (委任陳培輝牧師出任為諮議會成員 — hkoncc 2019, dev). Each with a clause.
ADDRESS_TITLES_AFTER_NAME: dict[str, str] = {
    "牧师": "委任陳培輝牧師出任為諮議會成員 (hkoncc 2019, dev)",
    "神父": "委任張三神父為X成員",
    "修女": "委任李四修女為X成員",
    "法师": "委任王五法師為X成員",
    "医生": "委任趙六醫生為X主席",
    "太平绅士": "委任張三太平紳士為X成員",
    "大律师": "委任李四大律師為X主席",
    "资深大律师": "委任王五資深大律師為X主席",
}
# A move's verb printed with 為 after it (出任為X): read as the verb alone.
VERB_WITH_WEI: dict[str, str] = {
    "出任为": "委任陳培輝牧師出任為諮議會成員 (hkoncc 2019, dev)",
    "接任为": "張三接任為X",
}

# Round 23: a Hong Kong release reappointing a body's chair and members with their seats before the names —
# 再度委任醫管局現任主席范鴻齡和2名現任成員邱達根及黃永灝 — then new members counted, each name after a
# profession or a past post — 另外委任2名新成員,分別是測量師溫文儀及東華三院前任主席何超蕸 (fonfmedia 2021, dev;
# session 15 left it out). The seats, and what a name may follow in the new members' list. Each with a clause.
REAPPOINTED_SEATS: dict[str, str] = {
    "主席": "再度委任醫管局現任主席范鴻齡 (fonfmedia 2021, dev)",
    "副主席": "再度委任某局現任副主席張三",
    "成员": "和2名現任成員邱達根及黃永灝 (fonfmedia 2021, dev)",
    "委员": "再度委任某會現任委員李四",
    "非官方成员": "再度委任某會現任非官方成員王五",
}
NEW_MEMBER_PROFESSIONS: dict[str, str] = {
    "测量师": "分別是測量師溫文儀 (fonfmedia 2021, dev)",
    "律师": "分別是律師張三",
    "会计师": "分別是會計師李四",
    "工程师": "分別是工程師王五",
    "医生": "分別是醫生趙六",
    "教授": "分別是教授錢七",
    "建筑师": "分別是建築師孫八",
}
# Words before the post of an oath that make it a past one, told in passing (前縣長李四宣誓就職時曾說): nothing.
OATH_PAST_LEADS: dict[str, str] = {
    "前": "前某縣縣長李四宣誓就職時曾說",
    "原": "原某縣縣長李四宣誓就職",
    "时任": "時任某縣縣長李四宣誓就職",
    "首任": "首任某縣縣長李四宣誓就職",
    "历任": "歷任某縣縣長宣誓就職",
    "已故": "已故某縣縣長李四宣誓就職",
}
# A resignation asked for (請辭X) is one only when its sentence says it was granted (高寶華…請辭勞動局長,蔣萬安市長已准
# 辭 — lifeinfo, dev); asked alone it is no change (韋善國同志因年齡原因請辭X職務: round 13's negative row). The words:
RESIGNATION_GRANTED_WORDS: dict[str, str] = {
    "准辞": "蔣萬安市長已准辭 (lifeinfo, dev)",
    "获准": "張三請辭某局局長獲准",
    "照准": "張三請辭某局局長,市長照准",
    "获批准": "張三請辭某局局長已獲批准",
    "同意其": "市長同意其請辭",
}

# --------------------------------------------------------------------------------------------
# Round trad18 (issue 9, session 18): Hong Kong, Macau and Taiwan pages in Traditional characters
# --------------------------------------------------------------------------------------------
# A party or political group printed before a person (民主黨程張迎當選主席 — am730 2020, dev; 國民黨張鎮榮及王炳漢
# 順利連任正副議長 — a news mirror of 2022, dev): no part of the name. Read only when a person's name follows and then
# a change verb or another name of a pair; 籍 and an attributive may follow the party (國民黨籍議長沈宗隆, 民進黨推派的
# 市議員童子瑋). Each with a typical use.
PARTY_AFFILIATIONS: dict[str, str] = {
    "民主进步党": "民主進步黨籍的張三當選議長",
    "民进党": "民進黨康裕成當選議長",
    "中国国民党": "中國國民黨籍李四連任議長",
    "国民党": "國民黨張鎮榮及王炳漢順利連任正副議長 (dev)",
    "亲民党": "親民黨市議員楊秀玉",
    "台湾民众党": "台灣民眾黨張三當選副議長",
    "民众党": "民眾黨李四當選副議長",
    "时代力量": "時代力量王五當選召集人",
    "台湾团结联盟": "台灣團結聯盟張三任秘書長",
    "台联": "台聯李四任副主席",
    "无党籍": "無黨籍的蔡咏鍀當選副議長",
    "无党团结联盟": "無黨團結聯盟張三當選副議長",
    "新党": "新黨李四當選主席",
    "民主党": "民主黨程張迎當選主席 (am730 2020, dev)",
    "公民党": "公民黨張三當選副主席",
    "民建联": "民建聯李四當選主席",
    "工联会": "工聯會王五當選副主席",
    "自由党": "自由黨張三當選主席",
    "新民党": "新民黨李四當選副主席",
    "经民联": "經民聯王五當選主席",
    "新民主同盟": "新民主同盟鍾錦麟及獨立周賢明…自動當選西貢區議會正副主席 (tvboxnow, dev)",
    "街工": "街工張三當選主席",
    "民协": "民協李四當選副主席",
    "社民连": "社民連王五當選主席",
    "独立": "新民主同盟A及獨立周賢明…當選正副主席 (tvboxnow, dev): an independent, only before a name and a verb",
}
# What may stand between a party and the name: 籍 (國民黨籍), an attributive (民進黨推派的, 國民黨推出的).
PARTY_AFFILIATION_TAILS: dict[str, str] = {
    "籍的": "無黨籍的蔡咏鍀",
    "籍": "國民黨籍議長沈宗隆",
    "推派的": "民進黨推派的市議員童子瑋",
    "推出的": "國民黨推出的議長張清照",
    "的": "民進黨的張三",
}
# The verbs of a change that may follow the name after a party (or a pair of names): the party is read only then.
PARTY_NAME_VERBS: dict[str, str] = {
    "当选": "民主黨程張迎當選主席 (am730, dev)",
    "连任": "國民黨張三順利連任議長",
    "出任": "民建聯李四出任主席",
    "接任": "國民黨王五接任秘書長",
    "升任": "民進黨張三升任副市長",
    "就任": "國民黨李四就任議長",
    "获委任": "民建聯王五獲委任為主席",
    "获选": "工聯會張三獲選為副主席",
    "任": "民主黨程張迎及李四任沙田區正副主席 (am730 headline, dev)",
}
# Adverbs and a vote count between a pair of names and the verb (自動當選, 順利連任, 都拿下36票當選): dropped there.
PAIR_VERB_ADVERBS: dict[str, str] = {
    "没有竞争下": "A及B沒有競爭下,自動當選X正副主席 (tvboxnow, dev)",
    "在无竞争下": "A及B在無競爭下當選正副主席",
    "自动": "A及B自動當選正副主席 (tvboxnow, dev)",
    "顺利": "國民黨A及B順利連任正副議長 (dev)",
    "成功": "A及B成功連任正副議長",
    "均": "A和B均當選正副議長",
    "都": "A和B都當選正副議長",
    "同时": "A和B同時當選正副主席",
    "如预期": "A、B如預期順利連任正副議長 (dev)",
}
# A vote count between a pair and the verb: 都拿下36票 / 以27票 / 各獲得16票.
PAIR_VOTES_PATTERN = r"(?:各|都|均)?(?:以|拿下|获得|获)[\d０-９]{1,4}票(?:高票)?"
# The titles a 正副 pair is elected to: the first person the holder, the second the deputy (副 + title).
PAIRED_DEPUTY_TITLES: dict[str, str] = {
    "主席": "A及B自動當選西貢區議會正副主席 (tvboxnow, dev)",
    "议长": "國民黨A及B順利連任正副議長 (dev)",
    "会长": "A和B當選某會正副會長",
    "理事长": "A和B當選某會正副理事長",
    "召集人": "A和B當選某組正副召集人",
    "主任委员": "A和B當選某會正副主任委員",
    "主委": "A和B當選某會正副主委",
    "团长": "A及B任某團正副團長",
    "队长": "A及B任某隊正副隊長",
}
# The verbs of a 正副 pair and what each is read as (連任 is re-election: an appointment, as the corpus labels it).
PAIR_VERBS: dict[str, str] = {
    "当选": "当选",
    "连任": "当选",
    "出任": "出任",
    "任": "任",
}
# A government designating an acting holder (Taiwan's 地方制度法 第82條: 縣府指派秘書陳正益代理鄉長職務 — udn 2025;
# 行政院…指派賴順賢繼續代理台東縣長 — epochtimesb5, dev; 指定部長職務由次長花敬群代理 — linetoday, dev): the verbs
# that designate, each with a use. Read as 决定由A代理X职务 (the acting post), never after a plan or a wish.
ACTING_DESIGNATION_VERBS: dict[str, str] = {
    "指派": "縣府指派秘書陳正益代理鄉長職務",
    "派": "內政部派張三代理縣長",
    "指定": "蘇揆指定部長職務由次長花敬群代理 (linetoday, dev)",
    "核派": "行政院核派張三代理縣長",
}
# What may stand between the designated person and 代理: 继续 (繼續代理 — epochtimesb5, dev).
ACTING_CONTINUE_WORDS: dict[str, str] = {
    "继续": "指派賴順賢繼續代理台東縣長 (epochtimesb5, dev)",
    "暂时": "指派張三暫時代理縣長",
}
# Round trad18: the post printed before the elected person and no post after the verb — 議長由張勝德23票當選, 副議長陳漢鍾
# 也是23票獲得連任 (travelnews, dev), 議長張勝德以23票當選 —: read as A當選X. What may stand between the name and the
# verb (a vote count, 也是, 獲得, 順利), as a pattern, and the words that link the clause before the post (開票結果議長A…),
# each with a use.
POST_FIRST_ELECTED_MIDDLE = r"(?:也是|也|亦)?(?:以)?(?:[\d０-９]{1,4}|最高|全)票(?:高票)?(?:获得|顺利)?|顺利|获得"
POST_FIRST_LINKERS: dict[str, str] = {
    "开票结果": "開票結果議長張勝德以23票當選 (travelnews, dev)",
    "投票结果": "投票結果副議長李四以20票當選",
    "结果": "結果議長張三當選",
    "而": "而副議長陳漢鍾也是23票獲得連任 (travelnews, dev)",
}
# Round trad18: words a Taiwan report uses for 接任 closing a post-first clause (研考會主委由前主計處長陳淑姿出馬 —
# ntdtvtw, dev; 環保署長…由教授D接手 — newscts, dev): read as 接任 there, only right before the clause's end.
SUCCESSOR_VERB_VARIANTS: dict[str, str] = {
    "出马": "研考會主委由前主計處長陳淑姿出馬 (ntdtvtw, dev)",
    "接手": "環保署長由台大教授魏國彥接手 (newscts, dev)",
    "接棒": "秘書長一職由張三接棒",
    "接掌": "經濟部長由李四接掌",
}
# Appoint32: a leaving told after the post held and the name — 新北市客家局長林素琴因生涯規畫卸任局長 (lotmg, dev: the
# post read as the bare 局长), 僑委會前委員長童振源…卸任 (businesstoday 2023, dev: nothing read, 前 inside the post).
# The verbs of leaving after which a bare title repeating the post held is dropped (the post held is the position), and
# before which 前 between the body and the title of the post held is dropped (the holder is former because he left).
LEAVING_AFTER_HELD_VERBS: dict[str, str] = {
    "卸任": "新北市客家局長林素琴因生涯規畫卸任局長 (lotmg, dev) / 僑委會前委員長童振源今年初卸任 (businesstoday 2023, dev)",
    "辞去": "新北市客家局長林素琴請辭局長獲准 (請辭 read as 辭去 when granted)",
}

# Appoint32: a list of persons (each perhaps after the post held), a comma, then "all" and the move they share —
# 基隆市警局長陳逸峰、桃園縣警局長黎文明、…高雄縣警局長李福順,皆調升為「警政委員」 (taiwan.cn 2010, dev): the comma is
# dropped so the list meets its verb. The adverbs (of NAME_PLURAL_ADVERBS) and the verbs that may follow, each with a use.
LIST_ALL_ADVERBS: dict[str, str] = {
    "皆": "張三、李四,皆調升主任秘書",
    "均": "張三、李四，均升任某局副局長",
    "都": "張三、李四，都調任某局局長",
}
LIST_ALL_VERBS: dict[str, str] = {
    "调升": "基隆市警局長陳逸峰、…李福順,皆調升為「警政委員」 (taiwan.cn 2010, dev)",
    "升任": "張三、李四，均升任某局副局長",
    "调任": "張三、李四，都調任某局局長",
    "转任": "張三、李四，皆轉任某局參事",
    "接任": "張三、李四，均接任某黨副秘書長",
    "出任": "張三、李四，均出任某局顧問",
    "不再担任": "張三、李四，均不再擔任某局副局長職務",
}

# Appoint32: a list of new heads, each item the new post, the name and the post held before in brackets after 原 —
# 東區區公所區長黃炳元(原官田區公所區長),中西區公所區長蔡佳甫(原北區區公所主任秘書),… (owlting 2024, dev: nothing read).
# Read as 黄炳元任东区区公所区长 when at least LISTED_FORMER_MIN items of the block are so printed (one alone may be a
# roster's note). The words that open the bracket, each with a use.
LISTED_FORMER_LEADS: dict[str, str] = {
    "原": "東區區公所區長黃炳元(原官田區公所區長) (owlting 2024, dev)",
    "原任": "東區區公所區長黃炳元（原任官田區公所區長）",
}
LISTED_FORMER_MIN = 2

# Appoint32: the holder after 由 in a post-first clause, described before the name in the ways Hong Kong and Taiwan
# news do — a quoted post (由台當局“警政署副署長”劉勤章出任), a grade (由資深大律師林定國接任), two posts joined by 、
# (由任職事務律師、民建聯副主席張國鈞出任), a clause closed by 的 (由中央警察大學64期畢業的方子欽接任): the
# description is dropped and the name kept when exactly one name length fits after a title, a grade or 的. The marks
# of a quoted post, each with a use (ASCII quotes too: "警政署副署長"劉勤章).
HOLDER_DESCRIPTION_QUOTES: dict[str, str] = {
    "“": "由台當局“警政署副署長”劉勤章出任 (taiwancn 2010, dev)",
    "”": "(its close)",
    "「": "由「警政署副署長」劉勤章出任",
    "」": "(its close)",
    "『": "由『航警局長』刁建生調任",
    "』": "(its close)",
    '"': '由"公路警局長"陳子敬出掌',
    "‘": "由‘公路警局長’陳子敬出掌",
    "’": "(its close)",
}
# The verbs closing such a clause: the move verbs the post-first readers take, and 出掌 (台南市由“公路警局長”陳子敬出掌 —
# taiwancn 2010, dev), read as 接掌.
HOLDER_DESCRIBED_VERBS: dict[str, str] = {
    "接任": "律政司司長由資深大律師林定國接任 (service999 2022, dev)",
    "出任": "律政司副司長由任職事務律師、民建聯副主席張國鈞出任 (service999 2022, dev)",
    "接掌": "經濟部長由前次長李四接掌",
    "出掌": "台南市警察局長由“公路警局長”陳子敬出掌 (taiwancn 2010, dev)",
    "接手": "環保署長由台大地質系教授魏國彥接手 (newscts, dev)",
    "升任": "督察長由「分局長」張三升任",
    "陞任": "督察長由「分局長」張三陞任",
    "调任": "台中市警察局長由“航警局長”刁建生調任 (taiwancn 2010, dev)",
}
# Words before 由 that make it no post-first clause's 由: 由于 (because), 由此, 理由, 自由, 经由, 缘由, 事由, 来由.
HOLDER_DESCRIBED_NOT_AFTER = "理自经缘事来"
HOLDER_DESCRIBED_NOT_BEFORE = "于此"

# A headline's 升 for 升任 between a person (after the post held) and the new post (文化局長葉澤山升副市長 — ntdtvtw, dev).
HEADLINE_PROMOTION_VERB = "升"
# Round trad18: new holders listed after 新任 and the verb of taking office — 新任分局長苗栗蘇旭茂、竹南潘嘉旺…及大湖宋俊良
# 5人一起宣誓就職 (886news, dev: one title shared, each item a two-character place and a name), 新任督察長王立德及主任秘書
# 邱紹雄9日到職 (each item a post and a name). The verbs of taking office, each with a use.
TAKING_OFFICE_VERBS: dict[str, str] = {
    "宣誓就职": "新任分局長苗栗蘇旭茂、竹南潘嘉旺…5人一起宣誓就職 (886news, dev)",
    "就职": "新任局長張三就職",
    "到职": "新任督察長王立德及主任秘書邱紹雄9日到職 (886news, dev)",
    "上任": "新任處長李四、王五昨天上任",
    "履新": "新任處長李四履新",
}

# Appointments round 26 (s18-appoint26): posts held now, told in a sentence of the present (吉林省政府免6名副秘书长 —
# ttav89 2009, dev: '被免去X职务的6人,目前还担任着其他政府部门的职务。高继泰任Y,李杰任Z…' and '目前有省长助理2人,其中
# 王化文兼任W' gave seven false appointments). A sentence holding one of these words of the present before 任 / 担任 /
# 兼任, and no word of a change (HELD_NOW_CHANGE_WORDS), states posts held, not changes; a sentence of the present
# that ends in …职务 leads the run after it, whose 'A任X' clauses are the posts those persons hold. Each with a use.
HELD_NOW_WORDS: dict[str, str] = {
    "目前": "被免职的6人,目前还担任着其他职务。A任X,B任Y (ttav89 2009, dev)",
    "现在": "张三现在担任某局局长",
    "当前": "李四当前兼任某委主任",
    "眼下": "王五眼下仍任某县县长",
    "如今": "赵六如今担任某公司董事长",
}
# Words of a change: a sentence holding one is read as before, whatever word of the present it holds (目前，A已任X;
# 目前，会议决定任命A为X). Each with a use.
HELD_NOW_CHANGE_WORDS: dict[str, str] = {
    "任命": "目前，会议已任命张三为X",
    "免去": "目前已免去张三X职务",
    "免职": "张三目前已被免职",
    "当选": "张三目前已当选X",
    "选举": "目前已选举张三为X",
    "辞去": "张三目前已辞去X职务",
    "辞职": "张三目前已辞职",
    "不再": "张三目前已不再担任X",
    "调任": "张三目前已调任X",
    "出任": "张三目前出任X",
    "接任": "张三目前已接任X",
    "升任": "张三目前已升任X",
    "卸任": "张三目前已卸任X",
    "聘任": "目前聘任张三为X",
    "决定": "目前决定张三任X",
    "新任": "目前新任X为张三",
    "已任": "张三目前已任X",
    "获任": "张三目前获任X",
    "履新": "张三目前已履新X",
    "提名": "目前提名张三为X人选",
}
# Round 26: a proposal named by its change and adopted (表决通过任命王兴宁为陕西省监委副主任的提议 — teke168 2018,
# dev: nothing was read): after an adopting verb (NAMED_DECISION_ADOPTERS), 任命/免去 … and one of these nouns closing
# the clause, the change is read as decided. Each with a use.
ADOPTED_PROPOSAL_NOUNS: dict[str, str] = {
    "提议": "表决通过任命王兴宁为陕西省监委副主任的提议 (teke168 2018, dev)",
    "议案": "会议表决通过了免去张三某局局长职务的议案",
}
# Round 26: persons and places paired in order, the title printed once after the last place (杨松、孙金龙、李春城、崔波、
# 仇和先后卸任武汉、合肥、成都、银川、昆明市委书记 — okb 2011, dev: nothing was read). The adverbs of the pairing and the
# verbs read after them (never 任 / 担任 alone: 先后任X、Y tells one person's career). Each with a use.
PAIRED_PLACE_ADVERBS: dict[str, str] = {
    "先后": "杨松、孙金龙先后卸任武汉、合肥市委书记 (okb 2011, dev)",
    "分别": "张三、李四分别就任甲、乙县委书记",
    "相继": "张三、李四相继卸任甲、乙市长",
}
PAIRED_PLACE_VERBS: dict[str, str] = {
    "卸任": "杨松、孙金龙先后卸任武汉、合肥市委书记 (okb 2011, dev)",
    "不再担任": "张三、李四分别不再担任甲、乙市委书记",
    "不再兼任": "张三、李四分别不再兼任甲、乙市委书记",
    "就任": "张三、李四分别就任甲、乙县委书记",
    "出任": "张三、李四分别出任甲、乙市市长",
}
# Round 26: a new holder introduced by 是 / 为 and the post after 新当选的 / 新任命的 / 新任的 (华源是这次新当选的副市长 —
# sxjjr 2023, dev: four new vice-mayors introduced at a press meeting, nothing read). The change's verb each gives, and
# the words of this time that may stand before 新. Each with a use.
NEWLY_CHOSEN_VERBS: dict[str, str] = {
    "当选": "华源是这次新当选的副市长 (sxjjr 2023, dev)",
    "任命": "张三是新任命的某局局长",
    "任": "李四是新任的某县县长",
}
NEWLY_CHOSEN_TIMES: dict[str, str] = {
    "这次": "华源是这次新当选的副市长 (sxjjr 2023, dev)",
    "此次": "张三是此次新任命的某局局长",
    "本次": "李四为本次新当选的某协会会长",
}
# Round 26: a change told inside 除…外 (除中山大学校长许宁生调任复旦大学校长外,其余均只涉及副校级 — xjdkctz 2014, dev:
# nothing read): the clause between 除 (除了) and 外 (之外) is read as a clause of its own when it holds one of these
# verbs of a change. Each with a use.
EXCEPTED_CHANGE_VERBS: dict[str, str] = {
    "调任": "除中山大学校长许宁生调任复旦大学校长外,其余均只涉及副校级 (xjdkctz 2014, dev)",
    "升任": "除张三升任某局局长外，其余均为平级调整",
    "出任": "除李四出任某市市长外，其余人选未变",
    "接任": "除王五接任某县县长外，其余均为副职",
    "当选": "除赵六当选某协会会长外，其余理事均连任",
    "卸任": "除孙七卸任某集团董事长外，其余董事留任",
    "不再担任": "除周八不再担任某局局长外，其余班子成员不变",
}
# Round 26: new holders named only by the oath they take after the letters of appointment are handed over (会议举行了
# 宪法宣誓和颁发任命书仪式。省经济和信息化厅厅长陈新有、省司法厅厅长刘志诚…进行了宪法宣誓 — scfzbs 2018, dev: ten
# department heads, nothing read). A sentence of post-and-name pairs ending in one of OATH_LIST_ENDS, in a paragraph that
# holds one of APPOINTED_OATH_GATES, is read as the list of new holders (新任A、B). Each with a use.
OATH_LIST_ENDS: dict[str, str] = {
    "进行了宪法宣誓": "省经济和信息化厅厅长陈新有、省司法厅厅长刘志诚进行了宪法宣誓 (scfzbs 2018, dev)",
    "进行宪法宣誓": "某局局长张三、某局局长李四进行宪法宣誓",
    "向宪法宣誓": "某局局长张三、某局局长李四向宪法宣誓",
    "向宪法庄严宣誓": "某局局长张三、某局局长李四向宪法庄严宣誓",
}
APPOINTED_OATH_GATES: dict[str, str] = {
    "任命书": "会议举行了宪法宣誓和颁发任命书仪式 (scfzbs 2018, dev)",
    "任命证书": "主任向新任命人员颁发任命证书",
}
# Round 26: elected for the first time, told by 是 (8位主委有6位(民革王紅、民盟程紅…)是首次當選主委 — axyjyo 2017, dev: six
# chairs, nothing read): names joined by 、 (or in a bracket, each after its body: 民革王红), 是, one of these words and
# 当选. Each with a use.
FIRST_ELECTED_MARKS: dict[str, str] = {
    "首次": "有6位(民革王红、民盟程红)是首次当选主委 (axyjyo 2017, dev)",
    "第一次": "张三、李四是第一次当选某协会理事长",
}
# Round 27: the person who leaves a post named with a post held after the name, then 不再兼任 / 不再担任 (张玉同志任X医院
# 党委书记,王国斌院长不再兼任协和医院党委书记 — whuh, dev: the second clause was read as a second post of the first
# person, and the removal was lost). A name, one of these titles (副 / 常务副 before it allowed), then one of
# HELD_TITLE_LEAVING_VERBS: the title is dropped (王国斌不再兼任X). Each with a use.
HELD_TITLES_BEFORE_LEAVING: dict[str, str] = {
    "院长": "王国斌院长不再兼任协和医院党委书记 (whuh, dev)",
    "校长": "张三校长不再兼任某学院院长",
    "书记": "李四书记不再兼任某县县长",
    "主任": "王五主任不再担任某中心主任",
    "局长": "赵六局长不再兼任某局党组书记",
    "县长": "孙七县长不再兼任某开发区管委会主任",
    "市长": "周八市长不再兼任某新区党工委书记",
    "区长": "吴九区长不再兼任某园区管委会主任",
    "部长": "郑十部长不再兼任某协会会长",
    "厅长": "钱一厅长不再兼任某厅党组书记",
    "行长": "冯二行长不再兼任某分行党委书记",
    "董事长": "陈三董事长不再兼任某公司总经理",
    "总经理": "褚四总经理不再兼任某子公司董事长",
    "主席": "卫五主席不再兼任某会秘书长",
    "秘书长": "蒋六秘书长不再兼任某办公室主任",
}
HELD_TITLE_LEAVING_VERBS: dict[str, str] = {
    "不再兼任": "王国斌院长不再兼任协和医院党委书记 (whuh, dev)",
    "不再担任": "张三校长不再担任某学院院长",
    "不再擔任": "張三校長不再擔任某學院院長 (Traditional)",
}
# Round 27: a given name ending in the character that opens a move verb 'X为' (升为, round 20): after 任命, or at the
# start of an entry under a 任命 head, 宋金升为X is the name 宋金升 and the link 为 (人民日报 1998 via govopendata, dev:
# read as 宋金 + 升为, a false person; 任命刘建升为X gave nothing). Each with a use.
NAME_FINAL_VERB_CHARS: dict[str, str] = {
    "升": "任命：宋金升为政协全国委员会副秘书长 (govopendata 1998, dev)",
}
# appoint29: a company's brand name before a board or executive title, the brand ending in no organization's suffix
# (广汽集团官方宣布…:冯兴亚任广汽新能源董事长;张跃赛任广汽乘用车总经理 — mnewenergy 2019, dev: every change of the
# list was dropped, 广汽新能源 being no organization; 格力电器董事长, 北汽蓝谷董事长 alike). Only these titles take such a
# name: each is a company's post and nothing else. Each with a use.
BRAND_HEAD_TITLES: dict[str, str] = {
    "董事长": "冯兴亚任广汽新能源董事长 (mnewenergy 2019, dev)",
    "副董事长": "张三任格力电器副董事长",
    "执行董事": "李四任北汽蓝谷执行董事",
    "非执行董事": "王五任海螺水泥非执行董事",
    "总经理": "张跃赛任广汽乘用车总经理 (mnewenergy 2019, dev)",
    "副总经理": "赵六任长安汽车副总经理",
    "总裁": "朱华荣出任长安汽车总裁",
    "副总裁": "孙七任吉利汽车副总裁",
    "首席执行官": "周八出任蔚来汽车首席执行官",
    "监事会主席": "吴九任北汽蓝谷监事会主席",
}
# First characters of what stands before such a title without naming a company: a rank or term (首任, 新任, 第五届,
# 本届), a former or present holder (原, 前, 现), a reference (该, 其, 此), a link or verb (为, 任, 的), an acting or
# honorary seat (代, 暂, 临, 荣, 执, 常), a quantity (全部, 两家, 多家, 所有, 诸, 几). A brand never opens on one of them.
BRAND_NEVER_FIRST_CHARS: str = "为任的其该此本原前现首新第各代暂临荣执常历曾时另兼全两多所诸几"
# Characters a brand never holds: a verb of a change inside it is a clause misread as a post (张三任X董事长).
BRAND_NEVER_CHARS: str = "任调聘免辞选、，,"
# rev19: words a brand never holds — a verb or adverb that takes the industry as its object, so that what stands before the
# title is a clause about the industry, not a company's name (张三任发展新能源董事长, 张三任大力发展新能源董事长 had given the
# post 发展新能源董事长). Each with the clause it stops.
BRAND_NEVER_WORDS: dict[str, str] = {
    "发展": "大力发展新能源董事长",
    "推动": "推动新能源董事长",
    "推进": "推进新能源董事长",
    "加快": "加快新能源董事长",
    "布局": "布局新能源董事长",
    "进军": "进军新能源董事长",
    "生产": "生产汽车董事长",
    "制造": "制造汽车董事长",
    "经营": "经营地产董事长",
    "从事": "从事医药董事长",
    "涉足": "涉足地产董事长",
    "聚焦": "聚焦新能源董事长",
    "深耕": "深耕汽车董事长",
    "支持": "支持新能源董事长",
    "扶持": "扶持新能源董事长",
    "做强": "做强汽车董事长",
    "做大": "做大汽车董事长",
}
# The industry word a company's brand ends in (广汽新能源, 广汽乘用车, 格力电器, 长安汽车, 海螺水泥): only such a name is taken
# for a company before a title of BRAND_HEAD_TITLES; a short name of no industry (某某董事长, round 20) stays no
# organization, as do the central enterprises' names, which ENTERPRISE_SHORT_NAMES lists. Each with a brand.
BRAND_INDUSTRY_ENDINGS: dict[str, str] = {
    "新能源": "广汽新能源 (mnewenergy 2019, dev)",
    "乘用车": "广汽乘用车 (mnewenergy 2019, dev)",
    "汽车": "长安汽车",
    "电器": "格力电器",
    "电子": "京东方电子",
    "科技": "某某科技",
    "股份": "某某股份",
    "控股": "某某控股",
    "实业": "某某实业",
    "置业": "某某置业",
    "地产": "万科地产",
    "能源": "某某能源",
    "电力": "华能电力",
    "化工": "万华化工",
    "钢铁": "沙钢钢铁",
    "水泥": "海螺水泥",
    "医药": "国药医药",
    "药业": "某某药业",
    "传媒": "某某传媒",
    "航空": "东方航空",
    "物流": "某某物流",
    "证券": "中信证券",
    "保险": "平安保险",
    "信托": "某某信托",
    "重工": "三一重工",
    "建工": "某某建工",
    "食品": "某某食品",
    "矿业": "紫金矿业",
    "水务": "某某水务",
    "燃气": "某某燃气",
}
# appoint29: a request to leave opening the clause after a held title, a name and a reason (公司原董事长万鑫铭同志因工作安排,
# 申请辞去公司董事长…职务 — arsndm79 2024, dev: the resignation was lost; 辞去 alone was read since round 19). Each with a use.
LEAVING_REQUEST_OPENERS: dict[str, str] = {
    "申请辞去": "公司原董事长万鑫铭同志因工作安排,申请辞去公司董事长职务 (arsndm79 2024, dev)",
    "提出辞去": "市政府副市长王建国因工作调动,提出辞去副市长职务",
    "请求辞去": "公司董事长李建华因个人原因,请求辞去公司董事长职务",
}
# appoint29: a legal status, not a post, listed last among the posts a person leaves (申请辞去公司董事长、董事及董事会战略委员会
# 委员和公司法定代表人职务 — arsndm79 2024, dev: the whole list was dropped, 法定代表人 being no title). Dropped with the
# link before it (、 和 及 以及) and an optional 公司; the posts before it are read. Each with a use.
LEGAL_STATUS_NOT_POSTS: dict[str, str] = {
    "法定代表人": "申请辞去公司董事长、董事和公司法定代表人职务 (arsndm79 2024, dev)",
}
# appoint29: a decision's lead before 由 and the acting holder (决定由董事、总经理邵宇平先生暂时代理董事长一职 — dtm 2025, dev:
# only ^由 was read). Each with a use.
ACTING_BY_LEADS: dict[str, str] = {
    "决定": "决定由董事、总经理邵宇平先生暂时代理董事长一职 (dtm 2025, dev)",
    "同意": "同意由副市长王建国代理市长职务",
    "并": "并由常务副县长李建华代理县长职务",
}
# appoint29: Taiwan and Hong Kong news tell a resignation with 辭 alone before the post (政務委員許璋瑤辭政務委員並辭所兼任之
# 臺灣主席,改接任X; 代理縣長吳澤成則辭代理縣長,並接任Y — tw.bg3.co 2017, dev: nothing was read). 辞 is read as 辞去 when a
# name (or one of these adverbs) stands before it and posts follow up to the clause's end or 并/改; never in the words
# of SHORT_RESIGN_NOT_AFTER (致辞, 贺辞 …) nor before the characters of SHORT_RESIGN_NOT_BEFORE (辞职, 辞世, 辞退 …).
SHORT_RESIGN_ADVERBS: str = "则并亦已即也"
SHORT_RESIGN_NOT_AFTER: str = "致讲贺推请告言修措卑文题说托义歌颂祝答悼誓"
SHORT_RESIGN_NOT_BEFORE: str = "去职職世别別行退呈典令让讓谢謝章藻旧舊海条條任"
# …and the words between 辞去 and the post it names that say the post was held besides (辞去所兼任之臺灣主席 → 辞去臺灣主席).
HELD_BESIDES_WORDS: dict[str, str] = {
    "所兼任之": "並辭所兼任之臺灣主席 (tw.bg3.co 2017, dev)",
    "所兼任的": "辞去所兼任的某协会会长",
    "所兼之": "辞去所兼之某委员会主任",
    "其兼任的": "辞去其兼任的某公司董事长",
}
# appoint29: Taiwan police and civil-service news tell a move with one character between the post held and the new post
# (署督察室主任顏旺盛調國道警察局長, 國道公路警察局長廖美鈴升警政署副署長, 刑事局副局長陳炯旭派台南市副局長 — worldjournal,
# dev: nothing was read). Read as the two-character verb when the post held ends in a title, one name length fits before the
# character and posts follow up to the clause's end. Character → the verb it stands for. Each with a use.
SINGLE_CHAR_MOVES: dict[str, str] = {
    "调": "调任",  # 署主任秘书廖恒裕调航空警察局长
    "升": "升任",  # 国道公路警察局长廖美铃升警政署副署长
    "派": "派任",  # 刑事局副局长陈炯旭派台南市副局长
}
# The last characters of the post held before the name, for the stage's gate (局长, 主任, 委员, 秘书, 总监, 主委; Traditional
# forms too): rev19 moved them here from the gate's pattern.
SINGLE_MOVE_HELD_LAST_CHARS: str = "长長任员員书書监監委"
# appoint32: words opening the clause before the post held that tell a rumour, a plan or a question, not a move made
# (據傳署主任秘書張三調航空警察局長, 傳署督察室主任顏旺盛調國道警察局長 — rev19's near-miss): such a clause gives nothing.
SINGLE_MOVE_NOT_TOLD_LEADS: dict[str, str] = {
    "传": "傳署督察室主任顏旺盛調國道警察局長 (rev19 near-miss; 传媒 … below are words of a body)",
    "据传": "據傳署主任秘書張三調航空警察局長",
    "盛传": "盛傳署主任秘書張三調航空警察局長",
    "传出": "傳出署主任秘書張三調航空警察局長",
    "传闻": "傳聞署主任秘書張三調航空警察局長",
    "外传": "外傳署主任秘書張三調航空警察局長",
    "据悉": "據悉署主任秘書張三調航空警察局長",
    "可能": "可能由署主任秘書張三調… / 可能署主任秘書張三調X",
    "拟": "擬由署主任秘書張三調X",
    "预计": "預計署主任秘書張三調航空警察局長",
    "是否": "是否署主任秘書張三調航空警察局長",
    "如果": "如果署主任秘書張三調航空警察局長",
    "若": "若署主任秘書張三調航空警察局長",
    "有望": "有望署主任秘書張三調航空警察局長",
}
# …and the words of a body or a post that open with such a lead and tell nothing (传媒集团总经理张三调X).
SINGLE_MOVE_LEAD_WORDS: dict[str, str] = {
    "传媒": "某傳媒集團總經理張三調X",
    "传播": "傳播學院院長張三調X",
    "传统": "傳統醫學研究所所長張三調X",
    "传染": "傳染病醫院院長張三調X",
    "传承": "傳承中心主任張三調X",
    "传真": "(a word)",
    "传感": "傳感器研究所所長張三調X",
}
# Second characters that make the character another word (调查, 调整, 升级, 派出 …): never a move.
SINGLE_CHAR_MOVE_NOT_BEFORE: str = "查整研解度控配动節节剂離离休任升职職级級学學旗温溫值降空出遣驻駐员員发發送别別系"

# audit20: an attributive before a post that says the body is new — 环境局副局长谢展寰出任新设的环境及生态局局长
# (service999 2022, dev: the post was read as 新设的环境及生态局局长); the post is the body's and the title, the
# attributive no part of it (FORMAT.md: positions without 的). Only with 的: 新设 alone may open a body's own name.
NEW_BODY_ATTRIBUTIVES: dict[str, str] = {
    "新设的": "出任新设的环境及生态局局长 (service999, dev)",
    "新设立的": "任新设立的市数据资源管理局局长",
    "新成立的": "出任新成立的区城市管理局局长",
    "新组建的": "任新组建的县应急管理局局长",
    "新设置的": "出任新设置的X处处长",
    "新增设的": "出任新增设的副市长",
}

# audit20: a former holder and a new one named as a pair before the new-holder lead — 金門縣地政局原、新任局長魏志成（左一）、
# 關嘉荣（右一）…交接 (ltn 2025, dev: the former holder 魏志成 was read as appointed 局长). The names follow in the pair's
# order, the former first: the lead names no one new by itself, so nothing is read from it. Each with a use.
FORMER_AND_NEW_MARKS: dict[str, str] = {
    "原、": "地政局原、新任局長魏志成、關嘉荣 (ltn, dev)",
    "原,": "原,新任局长A、B (ASCII comma)",
    "原，": "原，新任局长A、B",
    "原任、": "原任、新任局长A、B",
    "前、": "前、新任局长A、B",
    "前任、": "前任、新任局长A、B",
    "卸任、": "卸任、新任局长A、B",
    "旧、": "旧、新任局长A、B",
    "旧任、": "旧任、新任局长A、B",
}

# appoint31: words that may join a removal naming no person to the new post before it in the same sentence — the
# person of that post is the one removed (张三同志任县委办公室主任，免去县委组织部副部长职务). Each with its clause.
REMOVAL_JOINING_LEADS: dict[str, str] = {
    "同时": "张三任县财政局局长，同时免去县审计局局长职务",
    "并": "张三任县财政局局长，并免去县审计局局长职务",
    "并且": "张三任县财政局局长，并且免去县审计局局长职务",
    "并同时": "张三任县财政局局长，并同时免去县审计局局长职务",
    "一并": "张三申请辞去公司董事长职务，一并辞去公司战略委员会主任委员职务",
    "同时一并": "高登锋申请辞去公司董事长、董事职务,同时一并辞去公司战略委员会主任委员职务 (yutainews 2023)",
}

# appoint31: the last word of a body that decides or agrees at the start of a clause, before 决定 / 同意 and the person
# (…第十七次会议决定A为X was read since round 7; the other bodies gave nothing). Each with its clause.
CLAUSE_DECIDING_BODIES: dict[str, str] = {
    "会议": "市人大常委会第十七次会议决定潘利国为X (round 7)",
    "常委会": "县委常委会研究决定张三同志任县委办公室主任",
    "委员会": "市人大常务委员会决定张三为X",
    "委": "市委决定张三同志任县委书记 / 学校党委同意李四不再担任学院院长职务",
    "党组": "局党组同意张三任办公室副主任",
    "政府": "市政府决定张三任市政府副秘书长",
    "董事会": "公司董事会同意杜鹏飞不再担任公司业务总监职务 (chaoshiozhou, dev)",
    "中央": "中共中央决定张三同志任某省委书记",
}

# appoint31: ranks printed right after a person's name, before a verb that reads the name first (被聘为, 被任命为, 当选为,
# 获聘 …): not part of the name, not a post given. Each with its clause.
NAME_RANKS_AFTER_NAME: dict[str, str] = {
    "教授": "吴玲教授被聘为学院院长 (zisu 2021, dev)",
    "副教授": "张三副教授被聘为系主任",
    "研究员": "李四研究员被任命为研究所所长",
    "副研究员": "王五副研究员被聘为中心副主任",
    "院士": "赵六院士当选为学会理事长",
    "博士": "钱七博士被任命为公司首席科学家",
    "主任医师": "孙八主任医师被聘为医院内科主任",
    "副主任医师": "周九副主任医师被聘为科室副主任",
    "高级工程师": "吴十高级工程师被聘为公司总工程师",
}

# Words that, after a surname, make a form of address and not a name (lead, session 20): 陈教授被聘为学院院长 read
# the person 陈教授 — the man is not named, so no record. The ranks above and the courtesy words, each a given
# name of no one.
SURNAME_ADDRESS_WORDS: frozenset[str] = frozenset(
    {*NAME_RANKS_AFTER_NAME, "先生", "女士", "小姐", "老师", "医生", "大夫", "同学", "师傅", "律师", "会计师"}
)
# Characters that end no name of three or more characters because they negate the verb after it (lead, session 20):
# 李四未辞去公司董事职务 read the person 李四未 resigning; 王五没辞去… / 张三未申请辞去… likewise. A two-character name
# may end in one (李未: 李 alone is no person), so only the longer ones.
NEGATION_NAME_LAST: str = "未没"

# appoint31: the last words of the body an elected person works in, printed before the name and its rank in an election's
# list (阜外医院郑哲教授、武汉大学人民医院唐其柱教授…当选为副主委 — zgsynk 2015): the body is dropped, the name read. Each
# with its clause.
AFFILIATION_TAILS: dict[str, str] = {
    "医院": "阜外医院郑哲教授当选为副主委",
    "院": "中山大学附属一院梁力建教授为顾问 (caca 2009)",
    "大学": "武汉大学张三教授当选为副会长",
    "学校": "某学校李四教授当选为理事",
    "中心": "某疾病预防控制中心王五研究员当选为副主任委员",
    "科": "上海东方肝胆外科医院胆道一科姜小清教授为主任委员 (caca 2009)",
    "系": "某大学化学系赵六教授当选为理事长",
    "研究所": "某研究所钱七研究员当选为副理事长",
    "公司": "某公司孙八博士当选为副会长",
}

# appoint31: a party committee's secretary named again without 党委 for the same body and change — one record, not two
# (大会宣布,蔡莉不再担任武汉市中心医院党委书记一职 … 蔡莉不再担任武汉市中心医院书记 — zhishi5 2020). Full form → short form.
PARTY_SECRETARY_SHORT_FORMS: dict[str, str] = {
    "党委书记": "书记",
    "党委副书记": "副书记",
}
# A headline's post named from inside the body that decides it (apages20): 我所召开干部宣布会任命李来庚、王成树为我所
# 副所长 over 李来庚、王成树同志任植生生态所副所长 (SOURCES cemps) — "our institute" is the body's 植生生态所. The words
# that so point at the speaker's own unit, and the last character of the unit's name each stands for: a headline's
# 我所副所长 restates the body's …所副所长 (records.appointments.sessions._restated), never a change of its own.
DEICTIC_UNITS: dict[str, str] = {
    "我所": "所",  # 我所副所长 → 植生生态所副所长
    "本所": "所",
    "我院": "院",  # 我院副院长 → 附属医院副院长
    "本院": "院",
    "我校": "校",  # 我校副校长 → 某某学校副校长 (…大学: see below)
    "本校": "校",
    "我局": "局",  # 我局副局长 → 市财政局副局长
    "本局": "局",
    "我委": "委",
    "我厅": "厅",
    "我办": "办",
    "我公司": "司",  # 我公司总经理 → 某某有限公司总经理
    "本公司": "司",
}
# a school's name may end in 学 (某某大学) as well as 校
DEICTIC_UNIT_ENDS: dict[str, tuple[str, ...]] = {"校": ("校", "学")}

# rev20: words opening a removed post that make it many bodies' or an unnamed set of posts — 张三任X，免去各乡镇党委书记职务
# (a removal of every township's secretary, never 张三's one post). A removal naming no person after a new post is not
# carried over to that person when its post opens with one of them. Each with its clause.
PLURAL_POST_OPENERS: dict[str, str] = {
    "各": "张三任县委办公室主任，免去各乡镇党委书记职务",
    "每": "张三任X，免去每个乡镇的党委副书记职务",
    "所有": "张三任X，免去所有乡镇党委书记职务",
    "全体": "张三任X，免去全体村委会主任职务",
    "全部": "张三任X，免去全部乡镇党委书记职务",
    "诸": "张三任X，免去诸乡镇党委书记职务",
    "有关": "张三任X，免去有关单位负责人职务",
    "相关": "张三任X，免去相关单位负责人职务",
    "上述": "张三任X，免去上述人员职务",
    "以上": "张三任X，免去以上人员职务",
    "下列": "张三任X，免去下列人员职务",
}
