"""The tagger scored on the blind gold sets (tests/data/gold_blind, gold_blind2 to gold_blind122,
the even numbers from gold_blind124 to gold_blind654).

Each set is six articles written and hand-annotated without ever running the tagger on them, so
its first score measured text the tagger was not tuned on (value .927, .883, .884, .927, .908,
.888, .868, .894, .751, .866, .914, .889, .868, .898, .915, .935, .947, .931,
.845, .936, .860, .893, .889,
.802, .944, .826,
.887,
.883, .886, .829, .944, .907, .948, .944, .946,
.969, .934, .931, .894, .896, .897,
.932, .903 (43), .858 (44), .942,
.858, .946, .886 (49), .899 (50), .860 (48),
.909 (51), .931 (53), .932 (52), .889 (55),
.950 (54), .881 (56), .784 (57), .894 (58), .893 (59),
.892 (60), .934 (61), .920 (62), .831 (63), .861 (64),
.840 (65), .875 (66), .917 (67), .940 (68), .826 (69), .796 (70), .879 (71), .834 (72),
.908 (73), .822 (74), .829 (75), .819 (76), .895 (77), .944 (78),
.814 (79), .883 (80), .851 (81), .917 (82),
.855 (83), .888 (84), .937 (85), .946 (86),
.835 (87), .909 (88), .875 (89), .892 (90),
.921 (91), .925 (92), .922 (93), .888 (94),
.878 (95), .930 (96), .874 (97), .904 (98), .919 (99),
.924 (100), .910 (101), .824 (102), .910 (103), .918 (104), .918 (105),
.953 (106), .913 (107), .926 (108),
.889 (109), .926 (110), .885 (111),
.956 (112), .954 (113), .941 (114),
.869 (115), .923 (121), .863 (119), .886 (117),
.898 (116), .929 (120), .872 (122), .941 (118), .885 (130), .919 (126),
.869 (128), .917 (124), .937 (132), .859 (138), .892 (140), .925 (136),
.923 (134), .939 (146), .897 (144), .966 (148), .916 (142), .851 (156),
.937 (150), .921 (152), .790 (154), .911 (158), .885 (164), .923 (166),
.939 (170), .933 (168), .869 (162), .916 (160), .937 (172), .913 (180), .914 (174),
.903 (176), .947 (182), .927 (178), .909 (188), .968 (186), .855 (184),
.903 (198), .969 (190), .948 (196), .961 (192), .870 (200), .939 (206)
.959 (204), .956 (202), .871 (214), .916 (212), .896 (208), .900 (210),
.938 (220), .917 (216), .943 (218), .931 (194), .876 (224), .919 (222),
.946 (226), .881 (228), .865 (230), .890 (232), .936 (234), .855 (236), .793 (238), .902 (240),
.884 (242), .954 (244), .949 (246), .764 (248), .899 (250), .866 (252), .857 (254), .950 (256),
.883 (258), .846 (260), .881 (262), .879 (264), .801 (266), .905 (268), .823 (270),
.958 (272), .947 (274), .809 (276), .862 (280), .930 (286), .803 (278), .949 (284),
.951 (282), .926 (294), .933 (288), .927 (296), .941 (290), .872 (292), .883 (306),
.845 (302), .934 (300), .904 (298), .909 (304), .949 (314), .943 (310), .944 (312),
.905 (308), .935 (316), .862 (322), .921 (324), .964 (318), .927 (326), .872 (320),
.926 (328), .900 (332), .934 (334), .908 (330), .900 (336), .881 (340), .951 (338),
.919 (344), .923 (342), .935 (348), .885 (352), .911 (346), .915 (350),
.910 (354), .946 (362), .953 (356), .924 (358), .927 (364),
.854 (360),
.959 (366), .903 (368), .900 (374), .900 (372), .885 (370), .939 (376), .915 (378),
.866 (380), .899 (382), .887 (386), .873 (388), .910 (384), .926 (390), .944 (396),
.916 (398), .844 (392), .906 (394), .938 (404), .927 (402), .897 (400), .929 (406),
.924 (408), .861 (412), .894 (414), .881 (410), .945 (416), .882 (418), .937 (420),
.936 (422), .953 (424), .926 (426), .900 (428),
.872 (430), .954 (432), .928 (434), .935 (436), .905 (438), .829 (440), .931 (442), .938 (444),
.941 (446), .917 (448), .885 (450), .961 (452), .898 (454), .952 (456), .927 (458), .905 (460),
.883 (462), .911 (464), .883 (466), .911 (468), .913 (470), .910 (472), .915 (474), .908 (476),
.973 (478), .939 (480), .880 (482), .939 (484), .940 (486), .914 (488), .911 (490), .888 (492),
.918 (494), .897 (496), .923 (498), .880 (500), .889 (502), .961 (504), .931 (506), .916 (508),
.889 (510), .914 (512), .928 (514), .858 (516), .893 (518), .886 (520), .898 (522), .965 (524),
.888 (526), .882 (528), .889 (530), .868 (532), .938 (534), .913 (536), .898 (538), .913 (540),
.916 (542), .905 (544), .947 (546), .900 (548), .923 (550), .965 (552), .955 (554), .881 (556),
.913 (558), .815 (560), .926 (562), .952 (564), .907 (566), .890 (568), .870 (570), .913 (572),
.923 (574), .940 (576), .913 (578), .818 (580), .906 (582), .932 (584), .879 (586), .932 (588),
.900 (590), .940 (592), .902 (594), .860 (596), .879 (598), .929 (600), .940 (602), .936 (604),
.901 (606), .901 (608), .926 (610), .843 (612), .930 (614), .915 (616), .931 (618), .945 (620),
.920 (622), .881 (624), .892 (626), .894 (628), .934 (630), .894 (632), .816 (634), .910 (636),
.921 (638), .928 (640), .959 (642), .931 (644), .899 (646), .916 (648), .874 (650), .942 (652),
.898 (654)
for the sets so far;
their errors were then fixed as general rules). TempEval-3 measures (blind_scoring.py);
``pytest -s`` prints a per-document table and every disagreement.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from blind_scoring import GOLD_DIR, Doc, Timex, count, describe, load_docs, scores, table

from timeline_app.core.tagger import tag_text

DATA = GOLD_DIR.parent
# Floors a little under the overall scores on 2026-11-27, second session; raise them as the
# tagger improves. gold_blind: strict .977, relaxed .992, type .985, value .985.
# gold_blind2: strict .989, relaxed 1.0, type .995, value .989.
# gold_blind3: strict .987, relaxed .992, type .992, value .961.
# gold_blind4: strict .965, relaxed .987, type .987, value .981.
# gold_blind5: strict .983, relaxed 1.0, type .994, value .983.
# gold_blind6 (third session; first score .875 / .967 / .954 / .888): strict .911, relaxed .988,
# type .982, value .964.
# gold_blind7 (third session; first score .895 / .980 / .980 / .868): strict .977, relaxed .997,
# type .997, value .970.
# gold_blind8 (third session; first score .918 / .979 / .955 / .894): strict .955, relaxed .991,
# type .985, value .955.
# gold_blind9 (third session; first score .864 / .946 / .931 / .751): strict .934, relaxed .975,
# type .970, value .929.
# gold_blind10 (third session; first score .883 / .940 / .917 / .866): strict .964, relaxed .981,
# type .975, value .937.
# gold_blind11 (third session, ordinary news; first score .958 / .975 / .970 / .914): strict
# .986, relaxed .992, type .992, value .975.
# gold_blind12 (third session, ordinary news; first score .941 / .977 / .956 / .889): strict
# .961, relaxed .987, type .972, value .961 (fourth session).
# gold_blind13 (fourth session, ordinary news; first score .926 / .971 / .966 / .868): strict
# .966, relaxed .984, type .980, value .948.
# gold_blind14 (fourth session, wire, business and broadcast copy; first score .943 / .971 /
# .966 / .898): strict .966, relaxed .984, type .979, value .952.
# gold_blind15 (fourth session, written after its fixes; first score .947 / .975 / .961 / .915):
# strict 0.963, relaxed 0.982, type 0.968, value 0.945.
# gold_blind16 (fourth session, TempEval-3 source styles; first score .945 / .982 / .982 / .935):
# strict 0.958, relaxed 0.986, type 0.986, value 0.968.
# gold_blind17 (fourth session, six English-speaking presses; first score .947 / .982 / .973 /
# .947): strict 0.973, relaxed 0.987, type 0.982, value 0.969.
# gold_blind18 (fourth session, agency stories 2009-2014; first score .972 / .982 / .977 / .931):
# strict .972, relaxed .982, type .977, value .931.
# gold_blind18 and gold_blind19 now (fifth session): .984 / .993 / .988 / .975 and .911 / .969 /
# .950 / .930.
# gold_blind19 (fourth session, local-paper texts of new kinds; first score .902 / .964 / .945 /
# .845).
# gold_blind20 (fifth session, TempEval-3 source styles 1989-2001; first score .962 / .976 / .976
# / .936): strict .982, relaxed .996, type .996, value .991.
# gold_blind21 (fifth session, online stories 2016-2026; first score .883 / .952 / .920 / .860):
# strict .945, relaxed .977, type .959, value .940.
# gold_blind22 (fifth session, African and Asian English-language papers; first score .944 /
# .977 / .967 / .893): strict .962, relaxed .986, type .977, value .958.
# gold_blind23 (fifth session, markets and economics; first score .943 / .968 / .934 / .889).
# gold_blind24 (fifth session, sports reports; first score .882 / .935 / .931 / .802).
# gold_blind25 (fifth session, schedules and deadlines; first score .963 / .981 / .967 / .944).
# gold_blind27 (fifth session, press releases and official notices; first score .926 / .974 /
# .950 / .887).
# gold_blind26 (fifth session, features that jump in time; first score .937 / .966 / .937 / .826),
# written last; its first fixes came in the last minutes of the session.
# Every floor raised to just under its set's score at the end of the fifth session.
# gold_blind28 (sixth session, international wire stories; first score .977 / .991 / .977 / .883).
# gold_blind29 (sixth session, newspaper staff stories; first score .916 / .957 / .937 / .886).
# gold_blind30 (sixth session, broadcast transcripts; first score .878 / .943 / .913 / .829).
# gold_blind31 (sixth session, agency English; first score .955 / .960 / .955 / .944).
# gold_blind32 (sixth session, US political and international stories 1998-2000; first score
# .945 / .979 / .931 / .907) and gold_blind33 (sixth session, business-paper stories 1989-1991;
# first score .964 / .979 / .979 / .948), written after the fixes to sets 28-31.
# gold_blind34 (general-news wire 1998-2000; first score .974 / .995 / .995 / .944) and
# gold_blind35 (newspaper general news 1989-1990; first score .961 / .982 / .966 / .946), sixth
# session, written after the fixes to sets 32-33.
# Floors raised again to just under the scores in the sixth session.
# Seventh session: sets written in waves of three, each wave after the fixes to the one before;
# gold_blind36 (news websites 2011-2015; first score .959 / .980 / .969 / .969).
# gold_blind37 (US news analysis 2010-2015; first score .975 / .990 / .975 / .934).
# gold_blind38 (business and markets 2012-2015; first score .950 / .986 / .972 / .931).
# gold_blind39 (AP-style US wire 2012-2014; first score .958 / .984 / .968 / .894).
# gold_blind40 (foreign-desk stories 2012-2014; first score .972 / .981 / .967 / .896).
# gold_blind41 (US politics 2012-2014; first score .956 / .975 / .961 / .897).
# gold_blind42 (science, health and technology 2012-2014; first score .972 / .992 / .962 / .932).
# gold_blind43 (sports and entertainment 2012-2014; first score .949 / .954 / .949 / .903).
# gold_blind44 (local news 2012-2014; first score .914 / .970 / .942 / .858).
# gold_blind45 (international wires 2012-2014; first score .962 / .977 / .967 / .942).
# gold_blind46 (broadcast transcripts 2012-2014; first score .916 / .968 / .947 / .858).
# gold_blind47 (US national news 2012-2014; first score .966 / .985 / .971 / .946).
# gold_blind48 (local and radio broadcasts 2012-2014; first score .918 / .966 / .937 / .860).
# gold_blind49 (Indian, Australian, Canadian and Irish regional news 2012-2014; first score
# .932 / .973 / .950 / .886).
# gold_blind50 (opinion pages 2012-2014; first score .957 / .986 / .962 / .899).
# gold_blind51 (economy wires 2012-2014; first score .967 / .981 / .957 / .909), gold_blind52
# (court and crime 2012-2014; first score .953 / .984 / .968 / .932) and gold_blind53 (disasters
# and accidents 2012-2014; first score .936 / .972 / .962 / .931); gold_blind54 (politics abroad
# 2012-2014; first score .991 / .991 / .977 / .950), gold_blind55 (technology and corporate news
# 2012-2014; first score .948 / .993 / .978 / .889) and gold_blind56 (weather and transport
# disruption 2012-2014; first score .937 / .974 / .951 / .881), the last wave.
# Every floor raised to just under its set's score at the end of the seventh session.
# Eighth session, sets written after the fixes to the wave before (first scores, value F1 only):
# gold_blind57 holidays .784, gold_blind58 year reviews .894, gold_blind59 science and weather
# .893; gold_blind60 obituaries .892, gold_blind61 health .934, gold_blind62 arts .920;
# gold_blind63 fiscal years .831, gold_blind64 wire briefs .861, gold_blind65 interviews .840;
# gold_blind66 sports schedules .875, gold_blind67 personal finance .917, gold_blind68
# education .940.
# Floors for all sets set just under their scores at the end of the eighth session.
# Ninth session, twelve sets of new kinds of text (first scores, value F1): gold_blind69 legal
# texts .826, gold_blind70 e-mails and minutes .796, gold_blind71 history .879; gold_blind72
# police releases .834, gold_blind73 science studies .908, gold_blind74 company results .822;
# gold_blind75 live blogs .829, gold_blind76 travel listings .819, gold_blind77 communiques
# .895; gold_blind78 agencies' English services .944, gold_blind79 faith calendars .814,
# gold_blind80 agriculture .883. Floors for all sets raised to just under their scores at the
# end of the ninth session.
# Tenth session, sets of new kinds of text (first scores, value F1): gold_blind81 memoirs and
# narrative long-form .851, gold_blind82 social-media posts, corrections and fact-checks .917;
# gold_blind83 gardening and cookery columns .855, gold_blind84 TV and film listings .888;
# gold_blind85 company appointments .937, gold_blind86 technology product lifecycles .946;
# gold_blind87 English from non-native newsrooms and translations .835; gold_blind88 new
# laws and rules .909; gold_blind89 maritime and aviation operations .875; gold_blind90
# tenders, auctions and notices .892; gold_blind91 sports seasons and careers .921. Floors for
# all sets raised to just under their scores at the end of the tenth session.
# Eleventh session, twelve more kinds (first scores, value F1): gold_blind92 history and
# archaeology .925, gold_blind93 public health .922, gold_blind94 consumer affairs .888,
# gold_blind95 strikes and timetables .878; gold_blind96 space missions .930, gold_blind97 music
# and theatre .874, gold_blind98 fashion and retail .904, gold_blind99 nature notes .919;
# gold_blind100 company deals .924, gold_blind101 education .910, gold_blind102 food and drink
# .824, gold_blind103 weather warnings .910. Floors for all sets raised to just under their
# scores at the end of the eleventh session.
# Twelfth session (first scores, value F1): gold_blind104 elections .918, gold_blind105 energy
# markets .918, gold_blind106 climate policy .953, gold_blind107 front-page news of 2013 .913;
# gold_blind108 immigration .926, gold_blind109 royal and celebrity news .889, gold_blind110 war
# and ceasefires .926, gold_blind111 jobs and layoffs .885; gold_blind112 infrastructure .956,
# gold_blind113 automotive industry .954, gold_blind114 municipal budgets .941, gold_blind115
# natural disasters .869. Floors for all sets raised to just under their scores at the end of
# the twelfth session.
# Thirteenth session: fixes from the disagreements of all sets; floors raised to just under the
# new scores. Three new sets arrived at the end: gold_blind121 (first scored at 78f339b) trade,
# tariffs and customs .923; then gold_blind119 retail and shopping seasons .863, first scored at
# 1e04afc; and gold_blind117 aviation .886, first scored at 389ba2a.
# Fourteenth session: three new sets, first scored at 54cb705: gold_blind116 housing market
# .898, gold_blind120 public transport timetables and fares .929, gold_blind122 stock-market and
# currency reports .872; then gold_blind118 central banks and inflation .941, first scored at
# e87bf70; and gold_blind130 box office, charts and entertainment business .885, first scored
# at a5b5114; and gold_blind126 legislative calendars .919 and gold_blind128 sports match
# reports .869, first scored at 26243e1; gold_blind124 health services .917, gold_blind132
# missing people and rescues .937, gold_blind138 editorials and opinion .859 and gold_blind140
# weather records and almanacs .892, first scored at 31037ef; gold_blind136 pensions, benefits
# and tax deadlines .925, first scored at 2d01b47; gold_blind134 IT outages and service status
# .923, first scored at 6d7d797; gold_blind146 consumer rights and contract terms .939, first
# scored at bda5cd8; gold_blind144 family history and centenarians .897, first scored at
# 7b5977d; gold_blind148 sentencing and parole .966, first scored at 9a8d0a7; gold_blind142
# wine, food producers and harvests .916, first scored at 86abedb.
# Fifteenth session: gold_blind156 company announcements, dividends and annual meetings .851,
# first scored at 84466fe; gold_blind150 infrastructure and construction .937, first scored at
# 2ee8280; gold_blind152 arts listings and exhibitions .921, first scored at 4b529a6;
# gold_blind154 festivals with movable dates .790, first scored at f959038; gold_blind158 travel
# advisories, airline and ferry schedules .911, first scored at 2133f4d; gold_blind164 power
# outages, utility restoration and rationing .885, first scored at e0086dd; gold_blind166
# conflicts, ceasefires and peace processes .923, first scored at 4352451; gold_blind170
# shipping, ports and freight .939, first scored at 0b69858; gold_blind168 technology launches
# and support deadlines .933, first scored at 02ab5f9; gold_blind162 astronomy and space .869,
# first scored at 89c956a; gold_blind160 agriculture and crop progress .916, first scored at
# d0ec107; gold_blind172 exam results, admissions and school calendars .937, first scored at
# fc12e2c; gold_blind180 expedition and endurance-race diaries .913, first scored at 1a4cafc;
# gold_blind174 archaeology and heritage anniversaries .914 and gold_blind176 public inquiries,
# audits and government reports .903, first scored at 850c958; gold_blind182 charity appeals
# and fundraising .947, first scored at a9adbf5; gold_blind178 major sporting events and their
# countdowns .927, first scored at 2fcfb93; gold_blind188 public-health campaigns and
# vaccination drives .909, first scored at f566463; gold_blind186 immigration and visa rules
# .968, first scored at 935975f; gold_blind184 royal, state and ceremonial occasions .855, first
# scored at 44082c7 (its writer's greps opened other sets' files with their output cut off, as
# its README says).
# Sixteenth session: gold_blind198 official statistics releases .903, first scored at ecc9e43;
# gold_blind190 medicines, trials and approvals .969, first scored at a5d6a7f;
# gold_blind196 road and rail closure notices .948, first scored at b41237c; gold_blind192
# profiles and career chronologies .961, gold_blind200 motor racing and cycling .870 (its
# writer's one glob over the set folders had its output cut to nothing, as its README says)
# and gold_blind206 insolvencies .939, first scored at 0212410; gold_blind204 letters and
# advice columns .959, first scored at 46500fb; gold_blind202 defence procurement and
# deployments .956, first scored at bbf0fc2; gold_blind214 clock changes and calendar oddities
# .871 and gold_blind212 share offers and listings .916 (its writer's one grep over the set
# folders printed about ten generic lines of other sets' annotations, as its README says),
# first scored at c29819a; gold_blind208 fishing and hunting seasons .896 and gold_blind210
# lotteries and draws .900, first scored at fc8d941; gold_blind220 diplomatic summits and
# negotiation deadlines .938, first scored at 2af9eb0 (its writer's one glob over the set
# folders had its output cut to nothing, as its README says).
# gold_blind216 music tours and concert announcements .917, first scored at 6404f79;
# gold_blind218 zoo, aquarium and animal-welfare news .943, first scored at 54a44af;
# gold_blind194 sports contracts, transfers and bans .931, delivered early in the session but
# added last: scored the same at ecc9e43 and at 4158a58, no fix drawn from it; gold_blind224
# holiday closure notices and opening hours .876, first scored at 0f606e6; gold_blind222
# airline routes and schedules .919, first scored at 0cce1d2; gold_blind226 data breaches and
# security incidents .946, first scored at 5cee938.
# Seventeenth session: gold_blind228 Australian and New Zealand news .881, gold_blind230
# Canadian news .865, gold_blind232 tennis and golf .890 (its writer's one grep over the set
# folders printed four lines of two later sets on "the next decade"; nothing rests on them) and
# gold_blind236 marathons and parades .855 (its writer's one glob over the set folders had the
# later sets' lines filtered out before it was shown), first scored at a3b4eab; gold_blind234
# consultations and deadlines .936, first scored at 256e564; gold_blind238 earnings calls .793,
# gold_blind240 cricket and horse racing .902 and gold_blind242 newsletter briefings .884,
# first scored at 3e024d1; gold_blind244 court cases with long histories .954 (its writer's one
# glob over the set folders was filtered and cut to five lines of early sets), first scored at
# 5b89fdd; gold_blind248 cruise itineraries .764 (its writer's one glob printed fourteen lines
# of four later sets' READMEs; nothing was used), first scored at 609a3f0; gold_blind246
# recruitment and appointments .949, gold_blind250 weekly community papers .899, gold_blind254
# the English-language press of Singapore, Malaysia, Hong Kong and the Philippines .857 and
# gold_blind256 release notes and changelogs .950, first scored at 20b6a96; gold_blind262
# crowdfunding and games .881, first scored at 81df610; gold_blind260 accident investigation
# reports .846 (its writer's one glob had its output cut to nothing), first scored at cbf4627;
# gold_blind258 US game stories .883, first scored at 2389597; gold_blind252 South African,
# Kenyan, Ghanaian and Nigerian news .866, first scored at ea111e7; gold_blind266 sports TV
# guides across time zones .801 (its writer's one glob had its output cut to nothing), first
# scored at e6cb01a; gold_blind264 student newspapers .879 (its writer's one grep over the set
# folders printed five lines of three later sets, holiday values among them; nothing was changed
# because of them), first scored at 476afd3.
# Eighteenth session: gold_blind276 chronologies, timeline boxes and archive columns .809 (its
# writer's first command also printed the workplace's library notes, outside the project),
# first scored at 9ff9040; gold_blind272 ordinary international wire stories .958 (its
# writer's one grep with a glob over the set folders printed six lines of four later sets, "the
# past week" and "the next few days"; nothing rests on them), first scored at ca8fa8c;
# gold_blind274 broadcast news transcripts .947, first scored at 31dc969; gold_blind268 legal
# and public notices .905, first scored at 015b541; gold_blind270 church, parish and
# faith-community bulletins .823, first scored at 8547666; gold_blind280 television and
# streaming .862 and gold_blind286 science and research releases .930, first scored at ecdb364;
# gold_blind278 police logs and court round-ups .803 and gold_blind284 ordinary local papers
# .949, first scored at 5343e7f; gold_blind282 ordinary international wire stories, second
# batch, .951 (its writer's one grep with a glob over the set folders had its output cut to
# nothing), first scored at 610b6f1; gold_blind294 sports across codes .926 (the same slip,
# output cut to nothing), first scored at 1dd5bb5; gold_blind288 ordinary wire stories, third
# batch, .933, first scored at cabe872; gold_blind296 elections .927, first scored at b11aef1;
# gold_blind290 ordinary business news .941 and gold_blind292 long-form features .872, first
# scored at b8d6615; gold_blind306 Canadian Press and AAP copy .883 (its writer's one grep
# with a glob over the set folders had its output cut to nothing), first scored at b20b023;
# gold_blind302 the English-language press of East Asia and the Gulf .845, first scored at
# 2c06a60; gold_blind300 British and Irish agency copy .934, first scored at e8b3b5f;
# gold_blind298 US domestic AP copy .904 and gold_blind304 events and listings .909, first
# scored at e52ace4; gold_blind314 ordinary health and science wires .949, first scored at
# aa20b33; gold_blind310 wires on accidents, disasters and crime .943 and gold_blind312 wires on
# sport and culture .944, first scored at d537b7d; gold_blind308 US politics and economy wires
# .905 (its writer's one grep with a glob over the set folders had its output cut to nothing),
# first scored at de646eb; gold_blind316 business wires .935, first scored at 1fb8329.
# Nineteenth session, all ordinary news: gold_blind322 financial and markets stories .862 and
# gold_blind324 broadcast transcripts .921 (its writer's one grep with a glob over the set
# READMEs had its output discarded), first scored at 735da5f; gold_blind318 international wire
# stories on diplomacy .964 and gold_blind326 features from national dailies .927, first
# scored at 241dbc8; gold_blind320 US local papers .872 (its writer's one grep with a glob over
# the sets' annotate.py files had its output discarded), first scored at 241dbc8;
# gold_blind328 US national wires .926 (its writer kept two scratch lists of allowed file
# names in /tmp), gold_blind332 the English-language press of Asia and Australia .900 and
# gold_blind334 sports across codes .934, first scored at e243946; gold_blind330 British and
# Irish national papers .908, first scored at 8d3976e; gold_blind336 US state politics .900
# and gold_blind340 health and science .881, first scored at 7bd2628; gold_blind338 European
# business wires .951, first scored at 23f9cdb; gold_blind344 long stories in the plain 1990s
# style .919, first scored at fb62ae9; gold_blind342 crime, courts and disasters .923, first
# scored at f510e69; gold_blind348 US local TV and radio websites .935 (its writer's one grep
# with a glob over the sets' annotate.py files had its output discarded), first scored at
# fa5c73f; gold_blind352 entertainment and arts .885, first scored at ef8c44f (the same code);
# gold_blind346 news brief columns .911, gold_blind350 business news from India, Singapore,
# Hong Kong and Africa .915 and gold_blind354 weather and climate .910, first scored at
# 2512990 (the same code as fa5c73f); gold_blind362 technology and telecom business .946 (its
# writer's two greps with a glob over the sets' files had their output discarded; a model read
# late), first scored at 702e451; gold_blind356 transport and infrastructure .953, first scored
# at 3eee990 (the same code); gold_blind358 education .924 (its writer's one grep with a glob
# showed ten lines, all of allowed sets), first scored at 572bffb (the same code);
# gold_blind364 agriculture, energy and commodities .927 (its writer's one grep with a glob over
# the set READMEs had its output discarded), first scored at e206b7f (the same code);
# gold_blind360 courts and legal stories .854, first scored at 7ac11f3.
# Twentieth session, all ordinary news, each set scored at the commit before the fixes drawn
# from it: gold_blind366 political news .959 (its writer's one grep with a glob over the set
# folders had its output discarded), first scored at cb56388; gold_blind368 business and company
# news .903, first scored at 1a428b9; gold_blind374 travel and consumer news .900, first scored
# at 8bbc9ef; gold_blind372 crime and police .900, first scored at cc16865; gold_blind370 local
# news of Canada, Australia, New Zealand and South Africa .885, first scored at 1c29f65 (my own
# slip: one dump of tagger values, no gold, scrolled past while it was being written; not
# studied); gold_blind380 US sports .866 and gold_blind382 corporate press releases .899 (its
# writer's one grep with a glob showed a few lines of sets 107, 116 and 184, unused), first
# scored at c4529a5; gold_blind376 wires from Africa and the Middle East .939 (its writer's one
# grep with a glob showed ten lines of later sets, unused), first scored at 9e3157d;
# gold_blind378 science, space and environment .915, first scored at 062e3e6; gold_blind386
# obituaries and local history .887 and gold_blind388 military and defence .873 (its writer's
# one grep with a glob had its output discarded), first scored at 06ff0b1; gold_blind384 wires
# from Latin America and Europe .910 (its writer's one grep with a glob showed eight lines of
# sets 104 and 115; the one phrase they touched was cut), first scored at 34227a8;
# gold_blind390 real estate and construction .926, first scored at ced3ea1; gold_blind396 local
# government and planning .944 (its writer also ran 'git --version') and gold_blind398 retail
# .916, first scored at ac1a32b; gold_blind392 religion and community .844 and gold_blind394
# labour and employment .906, first scored at d742d99 (the writers of 390 to 398 searched the
# allowed folders only, some not in the loop form asked for); gold_blind404 AP and New York
# Times-style world news of 1998-2000 .938, first scored at b4eb4b3; gold_blind402 Wall Street
# Journal-style business news of 1989-1991 .927 (its writer's one grep with a glob had its
# output discarded), first scored at 8deec40; gold_blind400 Canadian and Australian national
# news .897 (likewise), first scored at be5d8f2; gold_blind406 US national news of 1998-2000
# .929 (two such greps), gold_blind408 broadcast transcripts and digests of 1998-2000 .924,
# gold_blind412 US local news of 2016-2019 .861 and gold_blind414 British and Irish papers of
# 2016-2019 .894, first scored at 1ac1646; gold_blind410 AP general news of 1989-1991 .881,
# first scored at c70d6ec; gold_blind416 US business wires of 2016-2019 .945, first scored at
# 43a07cb; gold_blind418 Asia, Australia and New Zealand of 2016-2019 .882, first scored at
# 4c15194; gold_blind420 long AP and New York Times-style stories of 1989-1991 .937, first
# scored at e42ae8f; gold_blind422 Wall Street Journal-style government, law and industry of
# 1989-1991 .936, first scored at e535f10; gold_blind424 AP and Xinhua-style world wires of
# 1998-2000 .953, first scored at bc81012; gold_blind426 international news of 2016-2019 .926,
# first scored at 6522cde; gold_blind428 New York Times and Washington Post-style US politics of
# 1998-2000 .900, first scored at 31b7557.
# Twenty-first session, all ordinary news, each set scored at the commit before the fixes drawn from
# it: gold_blind430 AP state-wire regional news of 1989-1991 .872, first scored at a3bfc78;
# gold_blind432 wiki-news-style international reports .954, first scored at ffa973d; gold_blind434
# financial wires of 1998-2000 .928, first scored at fda27ba; gold_blind436 British regional papers
# .935, first scored at 7e05432; gold_blind438 Indian and Pakistani press .905, first scored at
# 7e05432; gold_blind440 New York Times-style foreign news of 1989-1991, datelines a day before
# publication .829, first scored at 1aa6db4; gold_blind442 technology and business of 2016-2019
# .931, first scored at 29b7869; gold_blind444 health and medicine .938, first scored at 076b2dd;
# gold_blind446 broadcast transcripts of 1998-2000 .941, first scored at 45126ef; gold_blind448 Wall
# Street Journal-style company news of 1989-1991 .917, first scored at 3a7852c; gold_blind450 US
# local TV station websites .885, first scored at 3977e34; gold_blind452 news-agency wires of
# 1998-2000 .961 (its writer read a recommended model only after annotating), first scored at
# 554ac32; gold_blind454 international sports .898, first scored at 3977e34; gold_blind456 European
# politics of 2016-2019 .952 (its writer's one grep with a glob over the set READMEs had its output
# discarded; the glob was twice written as plain text in commands on its own folder), first scored
# at 3fa918a; gold_blind458 arts and culture .927, first scored at 3fa918a; gold_blind460 AP
# national news of 1989-1991 .905, first scored at 2fc4feb; gold_blind462 US economic and markets
# news of 1989-1991 .883, first scored at 6a8bd7a; gold_blind464 US crime and courts .911, first
# scored at 6a8bd7a; gold_blind466 AP sports and entertainment of 1998-2000 .883, first scored at
# 65dd4c4; gold_blind468 Canadian and Australian business .911, first scored at 6ae23ea;
# gold_blind470 US local government and elections of 2016-2019 .913, first scored at 65dd4c4;
# gold_blind472 international radio scripts of 1989-1991 .910, first scored at 65dd4c4;
# gold_blind474 transport and aviation .915, first scored at 1a32a74; gold_blind476 weather and
# climate .908, first scored at 2a76e13; gold_blind478 Chinese state agency wires of 1998-2000 .973,
# first scored at 50009f0; gold_blind480 British national politics .939, first scored at 48dca3b;
# gold_blind482 AP international news of 1989-1991 .880, first scored at 31e9012; gold_blind484
# education .939, first scored at 50009f0; gold_blind486 US professional sports of 2016-2019 .940,
# first scored at 6d4e1b9; gold_blind488 agriculture and food .914, first scored at 37c9b50;
# gold_blind490 New York Times-style metro news of 1998-2000 .911 (its writer's one grep with a glob
# over the set READMEs had its output discarded), first scored at 67e5f85; gold_blind492 space and
# science .888, first scored at cb52119; gold_blind494 Wall Street Journal-style market columns of
# 1989-1991 .918, first scored at 5c8a7e8; gold_blind496 AP regional news of 1998-2000 .897 (its
# writer's one grep with a glob over the sets' annotate.py files had its output discarded), first
# scored at 176e9d3; gold_blind498 Irish and Scottish local news .923 (its writer's one grep with a
# glob over the sets' annotate.py files had its output discarded), first scored at e25257a;
# gold_blind500 US retail business .880, first scored at 94542c5; gold_blind502 international
# business wires of 1998-2000 .889, first scored at 85f2d36; gold_blind504 health and science of
# 2016-2019 .961, first scored at 9d4b90c.
# Twenty-second session, all ordinary news, each set scored at the commit before the fixes drawn
# from it: gold_blind506 US network evening-news and morning-show transcripts of 1998-2000 .931,
# first scored at 213e64d; gold_blind508 public and international radio news scripts of 1998-2000
# .916, first scored at 3b73b4e; gold_blind510 AP Washington stories of 1989-1991 .889, first
# scored at c480cda; gold_blind512 Los Angeles Times and Washington Post news-service features of
# 1998-2000 .914, first scored at f244482; gold_blind514 AFP-style world news wires of 2012-2015
# .928, first scored at 7747cd2; gold_blind516 US local community pages of 2012-2015 .858, first
# scored at 5d80663; gold_blind518 travel and transport disruption reports of 2016-2019 .893, first
# scored at 06273dc; gold_blind520 energy and commodities reports of 2012-2015 .886, first scored
# at 548e3f9; gold_blind522 New York Times-style national stories of 1989-1991 .898, first scored
# at efcdf6f; gold_blind524 Asian state and agency wires of 1998-2000 .965, first scored at
# 63c94b1; gold_blind526 US business wire stories of 1998-2000 .888, first scored at 17bd214;
# gold_blind528 sports reports of 2012-2015 .882, first scored at f6eded8; gold_blind530 local and
# regional stories of 2016-2019 from English, Irish, Canadian, New Zealand and South African
# outlets .889, first scored at 8278f48; gold_blind532 wire stories of 1989-1991 on the fall of
# East European governments, the Gulf crisis and the air war .868, first scored at 7dad1ac;
# gold_blind534 entertainment and culture stories of 1998-2000 .938, first scored at fb21c74;
# gold_blind536 Wall Street Journal-style corporate stories of 1989-1991 .913 (its writer's three
# greps with a glob had their output discarded), first scored at 883b694; gold_blind538 AP world
# news stories of 1998-2000 .898 (its writer's one grep with a glob had its output discarded),
# first scored at a056562; gold_blind540 US regional politics and government stories of 2012-2015
# .913, first scored at cfb1395; gold_blind542 science, space and environment stories of 2016-2019
# .916, first scored at 8267d71; gold_blind544 crime and courts stories of 1998-2000 .905, first
# scored at 8b19be6; gold_blind546 personal finance and consumer stories of 2012-2015 .947, first
# scored at 0822f27; gold_blind548 weather and disaster stories of 1989-1991 .900, first scored at
# 526e3c6; gold_blind550 broadcast news transcripts of 1998 .923, first scored at 94d95b7;
# gold_blind552 Voice of America-style reports of 1998-2000 .965, first scored at 83aed7f;
# gold_blind554 AP national stories of 1989-1991 .955, first scored at 06192c9; gold_blind556
# company and markets stories of 2016-2019 .881 (its writer's one grep with a glob had its output
# discarded), first scored at 47d8d80; gold_blind558 public health and hospital stories of
# 2012-2015 .913, first scored at e27c86d; gold_blind560 local events and festivals stories of
# 2016-2019 .815, first scored at 2da6d0b; gold_blind562 military and security stories of 1998-2000
# .926, first scored at 035d839; gold_blind564 New York Times-style business and economy stories of
# 1998-2000 .952, first scored at c1149ed; gold_blind566 AP sports stories and features of
# 1989-1991 .907, first scored at 0ce5cbc; gold_blind568 education stories of 2016-2019 .890, first
# scored at 1791e5a; gold_blind570 religion and holiday stories of 2012-2015 .870, first scored at
# 0ce5cbc; gold_blind572 election stories of 1998-2000 .913, first scored at 728c292; gold_blind574
# agriculture and rural stories of 1989-1991 .923, first scored at 0ce5cbc.
# Twenty-third session, all ordinary news, each set scored at the commit before the fixes drawn
# from it: gold_blind576 obituaries and death notices of 1989-1991 .940, first scored at 54ef7fb;
# gold_blind578 labour and strike stories of 1998-2000 .913, first scored at 54ef7fb; gold_blind580
# stock market and currency reports of 2012-2015 .818 (its writer read gold_blind35's annotate.py
# only after drafting), first scored at bd89bfe; gold_blind582 aviation and maritime accident
# stories of 1989-1991 and 1998-2000 .906, first scored at 54ef7fb; gold_blind584 diplomacy and
# summit stories of 1998-2000 .932, first scored at 54ef7fb; gold_blind586 arts and culture stories
# of 2012-2015 .879, first scored at 46cbe7d; gold_blind588 environment and climate stories of
# 2016-2019 .932, first scored at 46cbe7d; gold_blind590 congressional and parliamentary reports of
# 1989-1991 .900, first scored at 54ef7fb; gold_blind592 corporate and market stories of 1989-1991
# .940, first scored at ed2c9d3; gold_blind594 Asian state and agency wire briefs of 1998-2000
# .902, first scored at 2e1ba31; gold_blind596 conflict and crisis stories of 1998-2000 .860, first
# scored at ed2c9d3; gold_blind598 technology and telecom stories of 1998-2000 .879, first scored
# at 47848bb; gold_blind600 sports stories of 1989-1991 .929, first scored at 9870271;
# gold_blind602 health and medicine stories of 1998-2000 .940, first scored at f85a834;
# gold_blind604 national political and court stories of 1998-2000 .936, first scored at d57c0da;
# gold_blind606 AP domestic stories of 1989-1991 .901, first scored at 3ebc3b7; gold_blind608
# company press releases of 1998-2000 .901, first scored at a260289; gold_blind610 European and
# Latin American wire stories of 1998-2000 .926, first scored at 3ebc3b7; gold_blind612 economy
# stories of 1989-1991 .843, first scored at 3a8e029; gold_blind614 broadcast transcripts of
# 1998-2000 .930, first scored at 265e364; gold_blind616 features and news analyses of 1998-2000
# .915 (its writer's one grep with a glob had its output discarded), first scored at 84cd867;
# gold_blind618 disaster and weather wires of 1989-1991 .931, first scored at 84cd867;
# gold_blind620 industry and regulation stories of 1989-1991 .945, first scored at 8de54e7;
# gold_blind622 pages of short wire items of 1998-2000 .920, first scored at 923c8a1; gold_blind624
# court and legal stories of 2012-2015 .881, first scored at 0658ee2; gold_blind626 local news
# pages of 2016-2019 .892, first scored at 8de54e7; gold_blind628 state and city politics stories
# of 1989-1991 .894, first scored at 6da3085; gold_blind630 Asia-Pacific foreign-desk stories of
# 1998-2000 .934, first scored at 7d386bd; gold_blind632 consumer, travel and holiday stories of
# 2012-2015 .894, first scored at 6fca494; gold_blind634 religion and society stories of 1998-2000
# .816, first scored at 6da3085; gold_blind636 New York Times-style metro and national stories of
# 1998-2000 .910, first scored at 89a5db2; gold_blind638 AP foreign and diplomatic stories of
# 1989-1991 .921, first scored at ab36027; gold_blind640 agriculture and commodities stories of
# 1998-2000 .928, first scored at 86a9052; gold_blind642 science, medicine and space stories of
# 1989-1991 .959, first scored at 983e689; gold_blind644 world-service and wire stories of Africa
# and the Middle East of 1998-2000 .931, first scored at db6331f; gold_blind646 US regional
# business-page stories of 1989-1991 .899, first scored at 125aae7; gold_blind648 transport and
# infrastructure stories of 2016-2019 .916, first scored at df6c43f; gold_blind650 US campaign
# stories of 1998-2000 .874, first scored at 4a47f47; gold_blind652 crime and police stories of
# 2012-2015 .942, first scored at 2a301ad; gold_blind654 entertainment and media stories of
# 1998-2000 .898, first scored at 79196e8.
FLOORS = {
    "gold_blind": {"strict": 0.985, "relaxed": 0.99, "type": 0.99, "value": 0.99},
    "gold_blind2": {"strict": 0.99, "relaxed": 0.995, "type": 0.995, "value": 0.99},
    "gold_blind3": {"strict": 0.99, "relaxed": 0.99, "type": 0.99, "value": 0.98},
    "gold_blind4": {"strict": 0.99, "relaxed": 0.99, "type": 0.99, "value": 0.985},
    "gold_blind5": {"strict": 0.985, "relaxed": 0.995, "type": 0.99, "value": 0.98},
    "gold_blind6": {"strict": 0.95, "relaxed": 0.985, "type": 0.98, "value": 0.975},
    "gold_blind7": {"strict": 0.99, "relaxed": 0.99, "type": 0.99, "value": 0.98},
    "gold_blind8": {"strict": 0.99, "relaxed": 0.99, "type": 0.99, "value": 0.97},
    "gold_blind9": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.945},
    "gold_blind10": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.955},
    "gold_blind11": {"strict": 0.99, "relaxed": 0.99, "type": 0.99, "value": 0.975},
    "gold_blind12": {"strict": 0.975, "relaxed": 0.99, "type": 0.98, "value": 0.975},
    "gold_blind13": {"strict": 0.96, "relaxed": 0.98, "type": 0.975, "value": 0.945},
    "gold_blind14": {"strict": 0.965, "relaxed": 0.985, "type": 0.98, "value": 0.955},
    "gold_blind15": {"strict": 0.975, "relaxed": 0.98, "type": 0.97, "value": 0.97},
    "gold_blind16": {"strict": 0.96, "relaxed": 0.985, "type": 0.985, "value": 0.97},
    "gold_blind17": {"strict": 0.98, "relaxed": 0.985, "type": 0.985, "value": 0.98},
    "gold_blind18": {"strict": 0.98, "relaxed": 0.99, "type": 0.985, "value": 0.97},
    "gold_blind19": {"strict": 0.92, "relaxed": 0.97, "type": 0.95, "value": 0.935},
    "gold_blind20": {"strict": 0.98, "relaxed": 0.99, "type": 0.99, "value": 0.985},
    "gold_blind21": {"strict": 0.95, "relaxed": 0.975, "type": 0.96, "value": 0.95},
    "gold_blind22": {"strict": 0.985, "relaxed": 0.99, "type": 0.99, "value": 0.98},
    "gold_blind23": {"strict": 0.96, "relaxed": 0.975, "type": 0.945, "value": 0.94},
    "gold_blind24": {"strict": 0.94, "relaxed": 0.97, "type": 0.965, "value": 0.905},
    "gold_blind25": {"strict": 0.98, "relaxed": 0.985, "type": 0.985, "value": 0.985},
    "gold_blind27": {"strict": 0.98, "relaxed": 0.99, "type": 0.99, "value": 0.98},
    "gold_blind26": {"strict": 0.965, "relaxed": 0.98, "type": 0.975, "value": 0.945},
    "gold_blind28": {"strict": 0.98, "relaxed": 0.99, "type": 0.98, "value": 0.965},
    "gold_blind29": {"strict": 0.945, "relaxed": 0.97, "type": 0.96, "value": 0.95},
    "gold_blind30": {"strict": 0.93, "relaxed": 0.97, "type": 0.96, "value": 0.915},
    "gold_blind31": {"strict": 0.995, "relaxed": 0.995, "type": 0.99, "value": 0.99},
    "gold_blind32": {"strict": 0.955, "relaxed": 0.985, "type": 0.935, "value": 0.93},
    "gold_blind33": {"strict": 0.975, "relaxed": 0.985, "type": 0.985, "value": 0.975},
    "gold_blind34": {"strict": 0.97, "relaxed": 0.99, "type": 0.99, "value": 0.965},
    "gold_blind35": {"strict": 0.965, "relaxed": 0.985, "type": 0.97, "value": 0.965},
    "gold_blind36": {"strict": 0.975, "relaxed": 0.99, "type": 0.98, "value": 0.975},
    "gold_blind37": {"strict": 0.98, "relaxed": 0.99, "type": 0.985, "value": 0.965},
    "gold_blind38": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.96},
    "gold_blind39": {"strict": 0.955, "relaxed": 0.98, "type": 0.965, "value": 0.92},
    "gold_blind40": {"strict": 0.965, "relaxed": 0.98, "type": 0.965, "value": 0.93},
    "gold_blind41": {"strict": 0.955, "relaxed": 0.975, "type": 0.96, "value": 0.92},
    "gold_blind42": {"strict": 0.975, "relaxed": 0.985, "type": 0.955, "value": 0.94},
    "gold_blind43": {"strict": 0.98, "relaxed": 0.98, "type": 0.98, "value": 0.955},
    "gold_blind44": {"strict": 0.925, "relaxed": 0.97, "type": 0.945, "value": 0.925},
    "gold_blind45": {"strict": 0.975, "relaxed": 0.985, "type": 0.98, "value": 0.98},
    "gold_blind46": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.915},
    "gold_blind47": {"strict": 0.965, "relaxed": 0.98, "type": 0.97, "value": 0.955},
    "gold_blind48": {"strict": 0.93, "relaxed": 0.97, "type": 0.955, "value": 0.91},
    "gold_blind49": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.95},
    "gold_blind50": {"strict": 0.965, "relaxed": 0.985, "type": 0.97, "value": 0.945},
    "gold_blind51": {"strict": 0.965, "relaxed": 0.975, "type": 0.96, "value": 0.925},
    "gold_blind52": {"strict": 0.955, "relaxed": 0.98, "type": 0.965, "value": 0.945},
    "gold_blind53": {"strict": 0.94, "relaxed": 0.97, "type": 0.965, "value": 0.945},
    "gold_blind54": {"strict": 0.985, "relaxed": 0.985, "type": 0.97, "value": 0.965},
    "gold_blind55": {"strict": 0.955, "relaxed": 0.99, "type": 0.975, "value": 0.92},
    "gold_blind56": {"strict": 0.945, "relaxed": 0.98, "type": 0.955, "value": 0.92},
    "gold_blind57": {"strict": 0.93, "relaxed": 0.975, "type": 0.955, "value": 0.925},
    "gold_blind58": {"strict": 0.985, "relaxed": 0.99, "type": 0.98, "value": 0.965},
    "gold_blind59": {"strict": 0.945, "relaxed": 0.975, "type": 0.95, "value": 0.935},
    "gold_blind60": {"strict": 0.96, "relaxed": 0.975, "type": 0.96, "value": 0.95},
    "gold_blind61": {"strict": 0.965, "relaxed": 0.985, "type": 0.965, "value": 0.965},
    "gold_blind62": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.935},
    "gold_blind63": {"strict": 0.965, "relaxed": 0.975, "type": 0.955, "value": 0.915},
    "gold_blind64": {"strict": 0.93, "relaxed": 0.965, "type": 0.955, "value": 0.92},
    "gold_blind65": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.9},
    "gold_blind67": {"strict": 0.96, "relaxed": 0.97, "type": 0.96, "value": 0.95},
    "gold_blind68": {"strict": 0.955, "relaxed": 0.98, "type": 0.965, "value": 0.95},
    "gold_blind66": {"strict": 0.93, "relaxed": 0.965, "type": 0.955, "value": 0.89},
    "gold_blind69": {"strict": 0.95, "relaxed": 0.985, "type": 0.97, "value": 0.92},
    "gold_blind70": {"strict": 0.96, "relaxed": 0.975, "type": 0.97, "value": 0.935},
    "gold_blind71": {"strict": 0.935, "relaxed": 0.98, "type": 0.95, "value": 0.935},
    "gold_blind72": {"strict": 0.98, "relaxed": 0.985, "type": 0.98, "value": 0.94},
    "gold_blind73": {"strict": 0.98, "relaxed": 0.99, "type": 0.985, "value": 0.965},
    "gold_blind74": {"strict": 0.96, "relaxed": 0.97, "type": 0.96, "value": 0.905},
    "gold_blind75": {"strict": 0.955, "relaxed": 0.98, "type": 0.97, "value": 0.95},
    "gold_blind76": {"strict": 0.945, "relaxed": 0.96, "type": 0.94, "value": 0.875},
    "gold_blind77": {"strict": 0.965, "relaxed": 0.97, "type": 0.96, "value": 0.96},
    "gold_blind78": {"strict": 0.96, "relaxed": 0.975, "type": 0.97, "value": 0.955},
    "gold_blind79": {"strict": 0.945, "relaxed": 0.965, "type": 0.95, "value": 0.88},
    "gold_blind80": {"strict": 0.965, "relaxed": 0.975, "type": 0.965, "value": 0.915},
    "gold_blind81": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.92},
    "gold_blind82": {"strict": 0.96, "relaxed": 0.975, "type": 0.965, "value": 0.93},
    "gold_blind83": {"strict": 0.955, "relaxed": 0.965, "type": 0.955, "value": 0.93},
    "gold_blind84": {"strict": 0.955, "relaxed": 0.965, "type": 0.96, "value": 0.935},
    "gold_blind85": {"strict": 0.95, "relaxed": 0.97, "type": 0.965, "value": 0.945},
    "gold_blind86": {"strict": 0.97, "relaxed": 0.99, "type": 0.975, "value": 0.955},
    "gold_blind87": {"strict": 0.94, "relaxed": 0.965, "type": 0.96, "value": 0.935},
    "gold_blind88": {"strict": 0.99, "relaxed": 0.995, "type": 0.99, "value": 0.96},
    "gold_blind89": {"strict": 0.955, "relaxed": 0.96, "type": 0.94, "value": 0.895},
    "gold_blind90": {"strict": 0.97, "relaxed": 0.99, "type": 0.98, "value": 0.97},
    "gold_blind91": {"strict": 0.97, "relaxed": 0.98, "type": 0.975, "value": 0.945},
    "gold_blind92": {"strict": 0.97, "relaxed": 0.99, "type": 0.975, "value": 0.945},
    "gold_blind93": {"strict": 0.97, "relaxed": 0.985, "type": 0.975, "value": 0.96},
    "gold_blind94": {"strict": 0.975, "relaxed": 0.985, "type": 0.97, "value": 0.93},
    "gold_blind95": {"strict": 0.975, "relaxed": 0.985, "type": 0.97, "value": 0.925},
    "gold_blind96": {"strict": 0.95, "relaxed": 0.975, "type": 0.97, "value": 0.95},
    "gold_blind97": {"strict": 0.97, "relaxed": 0.975, "type": 0.97, "value": 0.945},
    "gold_blind98": {"strict": 0.975, "relaxed": 0.975, "type": 0.97, "value": 0.955},
    "gold_blind99": {"strict": 0.96, "relaxed": 0.97, "type": 0.97, "value": 0.945},
    "gold_blind100": {"strict": 0.965, "relaxed": 0.975, "type": 0.96, "value": 0.945},
    "gold_blind101": {"strict": 0.96, "relaxed": 0.975, "type": 0.97, "value": 0.91},
    "gold_blind102": {"strict": 0.96, "relaxed": 0.975, "type": 0.96, "value": 0.89},
    "gold_blind103": {"strict": 0.955, "relaxed": 0.98, "type": 0.975, "value": 0.935},
    "gold_blind104": {"strict": 0.925, "relaxed": 0.975, "type": 0.955, "value": 0.955},
    "gold_blind105": {"strict": 0.95, "relaxed": 0.97, "type": 0.96, "value": 0.94},
    "gold_blind106": {"strict": 0.98, "relaxed": 0.98, "type": 0.98, "value": 0.98},
    "gold_blind107": {"strict": 0.97, "relaxed": 0.985, "type": 0.965, "value": 0.965},
    "gold_blind108": {"strict": 0.955, "relaxed": 0.98, "type": 0.96, "value": 0.95},
    "gold_blind109": {"strict": 0.975, "relaxed": 0.985, "type": 0.98, "value": 0.97},
    "gold_blind110": {"strict": 0.985, "relaxed": 0.985, "type": 0.975, "value": 0.95},
    "gold_blind111": {"strict": 0.96, "relaxed": 0.98, "type": 0.975, "value": 0.94},
    "gold_blind112": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.965},
    "gold_blind113": {"strict": 0.97, "relaxed": 0.98, "type": 0.98, "value": 0.965},
    "gold_blind114": {"strict": 0.985, "relaxed": 0.985, "type": 0.985, "value": 0.96},
    "gold_blind115": {"strict": 0.985, "relaxed": 0.985, "type": 0.985, "value": 0.965},
    "gold_blind116": {"strict": 0.94, "relaxed": 0.97, "type": 0.95, "value": 0.915},
    "gold_blind117": {"strict": 0.965, "relaxed": 0.98, "type": 0.965, "value": 0.91},
    "gold_blind118": {"strict": 0.965, "relaxed": 0.98, "type": 0.975, "value": 0.965},
    "gold_blind119": {"strict": 0.945, "relaxed": 0.985, "type": 0.965, "value": 0.9},
    "gold_blind120": {"strict": 0.975, "relaxed": 0.99, "type": 0.97, "value": 0.94},
    "gold_blind121": {"strict": 0.975, "relaxed": 0.98, "type": 0.96, "value": 0.935},
    "gold_blind122": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.955},
    "gold_blind124": {"strict": 0.96, "relaxed": 0.985, "type": 0.98, "value": 0.93},
    "gold_blind126": {"strict": 0.98, "relaxed": 0.985, "type": 0.985, "value": 0.93},
    "gold_blind128": {"strict": 0.96, "relaxed": 0.975, "type": 0.97, "value": 0.925},
    "gold_blind130": {"strict": 0.94, "relaxed": 0.955, "type": 0.95, "value": 0.915},
    "gold_blind132": {"strict": 0.945, "relaxed": 0.97, "type": 0.96, "value": 0.95},
    "gold_blind134": {"strict": 0.975, "relaxed": 0.985, "type": 0.985, "value": 0.925},
    "gold_blind136": {"strict": 0.935, "relaxed": 0.955, "type": 0.955, "value": 0.95},
    "gold_blind138": {"strict": 0.95, "relaxed": 0.975, "type": 0.96, "value": 0.915},
    "gold_blind140": {"strict": 0.95, "relaxed": 0.96, "type": 0.95, "value": 0.91},
    "gold_blind142": {"strict": 0.965, "relaxed": 0.98, "type": 0.975, "value": 0.935},
    "gold_blind144": {"strict": 0.95, "relaxed": 0.97, "type": 0.965, "value": 0.9},
    "gold_blind146": {"strict": 0.95, "relaxed": 0.97, "type": 0.965, "value": 0.94},
    "gold_blind148": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.96},
    "gold_blind150": {"strict": 0.97, "relaxed": 0.98, "type": 0.98, "value": 0.94},
    "gold_blind152": {"strict": 0.94, "relaxed": 0.975, "type": 0.975, "value": 0.935},
    "gold_blind154": {"strict": 0.905, "relaxed": 0.945, "type": 0.93, "value": 0.84},
    "gold_blind156": {"strict": 0.94, "relaxed": 0.95, "type": 0.915, "value": 0.87},
    "gold_blind158": {"strict": 0.945, "relaxed": 0.98, "type": 0.97, "value": 0.935},
    "gold_blind160": {"strict": 0.94, "relaxed": 0.96, "type": 0.955, "value": 0.92},
    "gold_blind162": {"strict": 0.915, "relaxed": 0.965, "type": 0.95, "value": 0.89},
    "gold_blind164": {"strict": 0.94, "relaxed": 0.97, "type": 0.955, "value": 0.885},
    "gold_blind166": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.935},
    "gold_blind168": {"strict": 0.955, "relaxed": 0.97, "type": 0.965, "value": 0.95},
    "gold_blind170": {"strict": 0.96, "relaxed": 0.97, "type": 0.965, "value": 0.945},
    "gold_blind172": {"strict": 0.975, "relaxed": 0.98, "type": 0.98, "value": 0.94},
    "gold_blind174": {"strict": 0.95, "relaxed": 0.975, "type": 0.955, "value": 0.925},
    "gold_blind176": {"strict": 0.95, "relaxed": 0.975, "type": 0.975, "value": 0.93},
    "gold_blind178": {"strict": 0.925, "relaxed": 0.97, "type": 0.945, "value": 0.925},
    "gold_blind180": {"strict": 0.915, "relaxed": 0.965, "type": 0.945, "value": 0.905},
    "gold_blind182": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.95},
    "gold_blind184": {"strict": 0.945, "relaxed": 0.98, "type": 0.96, "value": 0.88},
    "gold_blind186": {"strict": 0.98, "relaxed": 0.99, "type": 0.985, "value": 0.965},
    "gold_blind188": {"strict": 0.94, "relaxed": 0.975, "type": 0.96, "value": 0.92},
    "gold_blind190": {"strict": 0.975, "relaxed": 0.985, "type": 0.98, "value": 0.965},
    "gold_blind192": {"strict": 0.975, "relaxed": 0.985, "type": 0.985, "value": 0.975},
    "gold_blind194": {"strict": 0.985, "relaxed": 0.99, "type": 0.985, "value": 0.945},
    "gold_blind196": {"strict": 0.98, "relaxed": 0.99, "type": 0.99, "value": 0.96},
    "gold_blind198": {"strict": 0.965, "relaxed": 0.975, "type": 0.97, "value": 0.955},
    "gold_blind200": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.935},
    "gold_blind202": {"strict": 0.955, "relaxed": 0.98, "type": 0.975, "value": 0.955},
    "gold_blind204": {"strict": 0.975, "relaxed": 0.985, "type": 0.985, "value": 0.955},
    "gold_blind206": {"strict": 0.96, "relaxed": 0.975, "type": 0.96, "value": 0.935},
    "gold_blind208": {"strict": 0.935, "relaxed": 0.965, "type": 0.955, "value": 0.905},
    "gold_blind210": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.91},
    "gold_blind212": {"strict": 0.97, "relaxed": 0.99, "type": 0.965, "value": 0.915},
    "gold_blind214": {"strict": 0.93, "relaxed": 0.955, "type": 0.95, "value": 0.885},
    "gold_blind216": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.93},
    "gold_blind218": {"strict": 0.95, "relaxed": 0.975, "type": 0.955, "value": 0.95},
    "gold_blind220": {"strict": 0.97, "relaxed": 0.98, "type": 0.98, "value": 0.94},
    "gold_blind222": {"strict": 0.95, "relaxed": 0.98, "type": 0.98, "value": 0.915},
    "gold_blind224": {"strict": 0.96, "relaxed": 0.97, "type": 0.97, "value": 0.905},
    "gold_blind226": {"strict": 0.98, "relaxed": 0.985, "type": 0.985, "value": 0.96},
    "gold_blind228": {"strict": 0.98, "relaxed": 0.99, "type": 0.98, "value": 0.92},
    "gold_blind230": {"strict": 0.9, "relaxed": 0.965, "type": 0.96, "value": 0.915},
    "gold_blind232": {"strict": 0.97, "relaxed": 0.98, "type": 0.97, "value": 0.885},
    "gold_blind234": {"strict": 0.94, "relaxed": 0.965, "type": 0.955, "value": 0.95},
    "gold_blind236": {"strict": 0.94, "relaxed": 0.98, "type": 0.975, "value": 0.88},
    "gold_blind238": {"strict": 0.955, "relaxed": 0.97, "type": 0.97, "value": 0.895},
    "gold_blind240": {"strict": 0.945, "relaxed": 0.96, "type": 0.95, "value": 0.91},
    "gold_blind242": {"strict": 0.93, "relaxed": 0.965, "type": 0.96, "value": 0.89},
    "gold_blind244": {"strict": 0.97, "relaxed": 0.98, "type": 0.975, "value": 0.97},
    "gold_blind246": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.945},
    "gold_blind248": {"strict": 0.935, "relaxed": 0.95, "type": 0.945, "value": 0.765},
    "gold_blind250": {"strict": 0.94, "relaxed": 0.97, "type": 0.96, "value": 0.91},
    "gold_blind252": {"strict": 0.96, "relaxed": 0.97, "type": 0.965, "value": 0.9},
    "gold_blind254": {"strict": 0.965, "relaxed": 0.985, "type": 0.975, "value": 0.9},
    "gold_blind256": {"strict": 0.94, "relaxed": 0.975, "type": 0.975, "value": 0.945},
    "gold_blind258": {"strict": 0.935, "relaxed": 0.965, "type": 0.955, "value": 0.895},
    "gold_blind260": {"strict": 0.95, "relaxed": 0.975, "type": 0.95, "value": 0.875},
    "gold_blind262": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.9},
    "gold_blind264": {"strict": 0.915, "relaxed": 0.96, "type": 0.945, "value": 0.91},
    "gold_blind266": {"strict": 0.9, "relaxed": 0.965, "type": 0.965, "value": 0.795},
    "gold_blind268": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.94},
    "gold_blind270": {"strict": 0.895, "relaxed": 0.93, "type": 0.92, "value": 0.86},
    "gold_blind272": {"strict": 0.98, "relaxed": 0.985, "type": 0.98, "value": 0.965},
    "gold_blind274": {"strict": 0.95, "relaxed": 0.98, "type": 0.975, "value": 0.945},
    "gold_blind276": {"strict": 0.98, "relaxed": 0.985, "type": 0.975, "value": 0.925},
    "gold_blind278": {"strict": 0.94, "relaxed": 0.97, "type": 0.945, "value": 0.895},
    "gold_blind280": {"strict": 0.93, "relaxed": 0.955, "type": 0.955, "value": 0.875},
    "gold_blind282": {"strict": 0.965, "relaxed": 0.985, "type": 0.975, "value": 0.96},
    "gold_blind284": {"strict": 0.95, "relaxed": 0.98, "type": 0.975, "value": 0.965},
    "gold_blind286": {"strict": 0.935, "relaxed": 0.965, "type": 0.95, "value": 0.925},
    "gold_blind288": {"strict": 0.965, "relaxed": 0.98, "type": 0.97, "value": 0.94},
    "gold_blind290": {"strict": 0.96, "relaxed": 0.975, "type": 0.975, "value": 0.955},
    "gold_blind292": {"strict": 0.92, "relaxed": 0.965, "type": 0.94, "value": 0.885},
    "gold_blind294": {"strict": 0.985, "relaxed": 0.99, "type": 0.99, "value": 0.945},
    "gold_blind296": {"strict": 0.96, "relaxed": 0.975, "type": 0.965, "value": 0.94},
    "gold_blind298": {"strict": 0.96, "relaxed": 0.98, "type": 0.96, "value": 0.925},
    "gold_blind300": {"strict": 0.97, "relaxed": 0.985, "type": 0.965, "value": 0.94},
    "gold_blind302": {"strict": 0.92, "relaxed": 0.955, "type": 0.945, "value": 0.875},
    "gold_blind304": {"strict": 0.945, "relaxed": 0.98, "type": 0.97, "value": 0.925},
    "gold_blind306": {"strict": 0.955, "relaxed": 0.98, "type": 0.96, "value": 0.895},
    "gold_blind308": {"strict": 0.98, "relaxed": 0.98, "type": 0.98, "value": 0.925},
    "gold_blind310": {"strict": 0.955, "relaxed": 0.98, "type": 0.975, "value": 0.945},
    "gold_blind312": {"strict": 0.96, "relaxed": 0.985, "type": 0.98, "value": 0.95},
    "gold_blind314": {"strict": 0.955, "relaxed": 0.97, "type": 0.965, "value": 0.95},
    "gold_blind316": {"strict": 0.965, "relaxed": 0.98, "type": 0.97, "value": 0.94},
    "gold_blind318": {"strict": 0.99, "relaxed": 0.995, "type": 0.985, "value": 0.965},
    "gold_blind320": {"strict": 0.9, "relaxed": 0.955, "type": 0.915, "value": 0.875},
    "gold_blind322": {"strict": 0.96, "relaxed": 0.975, "type": 0.96, "value": 0.9},
    "gold_blind324": {"strict": 0.955, "relaxed": 0.975, "type": 0.96, "value": 0.925},
    "gold_blind326": {"strict": 0.965, "relaxed": 0.985, "type": 0.97, "value": 0.925},
    "gold_blind328": {"strict": 0.93, "relaxed": 0.97, "type": 0.96, "value": 0.935},
    "gold_blind330": {"strict": 0.965, "relaxed": 0.985, "type": 0.98, "value": 0.91},
    "gold_blind332": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.905},
    "gold_blind334": {"strict": 0.965, "relaxed": 0.985, "type": 0.975, "value": 0.94},
    "gold_blind336": {"strict": 0.935, "relaxed": 0.965, "type": 0.95, "value": 0.9},
    "gold_blind338": {"strict": 0.975, "relaxed": 0.98, "type": 0.97, "value": 0.945},
    "gold_blind340": {"strict": 0.935, "relaxed": 0.965, "type": 0.955, "value": 0.905},
    "gold_blind342": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.935},
    "gold_blind344": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.93},
    "gold_blind346": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.92},
    "gold_blind348": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.94},
    "gold_blind350": {"strict": 0.955, "relaxed": 0.97, "type": 0.96, "value": 0.92},
    "gold_blind352": {"strict": 0.95, "relaxed": 0.965, "type": 0.96, "value": 0.885},
    "gold_blind354": {"strict": 0.915, "relaxed": 0.96, "type": 0.945, "value": 0.905},
    "gold_blind356": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.955},
    "gold_blind358": {"strict": 0.98, "relaxed": 0.985, "type": 0.98, "value": 0.925},
    "gold_blind360": {"strict": 0.94, "relaxed": 0.975, "type": 0.965, "value": 0.85},
    "gold_blind362": {"strict": 0.96, "relaxed": 0.98, "type": 0.98, "value": 0.94},
    "gold_blind364": {"strict": 0.97, "relaxed": 0.985, "type": 0.98, "value": 0.92},
    "gold_blind366": {"strict": 0.975, "relaxed": 0.985, "type": 0.965, "value": 0.96},
    "gold_blind368": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.91},
    "gold_blind370": {"strict": 0.955, "relaxed": 0.975, "type": 0.96, "value": 0.92},
    "gold_blind372": {"strict": 0.95, "relaxed": 0.975, "type": 0.975, "value": 0.91},
    "gold_blind374": {"strict": 0.935, "relaxed": 0.97, "type": 0.955, "value": 0.9},
    "gold_blind376": {"strict": 0.965, "relaxed": 0.985, "type": 0.975, "value": 0.945},
    "gold_blind378": {"strict": 0.94, "relaxed": 0.975, "type": 0.95, "value": 0.91},
    "gold_blind380": {"strict": 0.92, "relaxed": 0.955, "type": 0.95, "value": 0.9},
    "gold_blind382": {"strict": 0.95, "relaxed": 0.96, "type": 0.96, "value": 0.895},
    "gold_blind384": {"strict": 0.97, "relaxed": 0.98, "type": 0.98, "value": 0.93},
    "gold_blind386": {"strict": 0.94, "relaxed": 0.98, "type": 0.96, "value": 0.885},
    "gold_blind388": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.875},
    "gold_blind390": {"strict": 0.945, "relaxed": 0.97, "type": 0.965, "value": 0.935},
    "gold_blind392": {"strict": 0.905, "relaxed": 0.93, "type": 0.92, "value": 0.85},
    "gold_blind394": {"strict": 0.96, "relaxed": 0.98, "type": 0.975, "value": 0.9},
    "gold_blind396": {"strict": 0.95, "relaxed": 0.97, "type": 0.96, "value": 0.935},
    "gold_blind398": {"strict": 0.965, "relaxed": 0.985, "type": 0.97, "value": 0.91},
    "gold_blind400": {"strict": 0.965, "relaxed": 0.98, "type": 0.965, "value": 0.905},
    "gold_blind402": {"strict": 0.94, "relaxed": 0.96, "type": 0.955, "value": 0.93},
    "gold_blind404": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.935},
    "gold_blind406": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.935},
    "gold_blind408": {"strict": 0.95, "relaxed": 0.975, "type": 0.97, "value": 0.93},
    "gold_blind410": {"strict": 0.965, "relaxed": 0.98, "type": 0.965, "value": 0.9},
    "gold_blind412": {"strict": 0.87, "relaxed": 0.95, "type": 0.925, "value": 0.865},
    "gold_blind414": {"strict": 0.95, "relaxed": 0.975, "type": 0.97, "value": 0.89},
    "gold_blind416": {"strict": 0.965, "relaxed": 0.975, "type": 0.965, "value": 0.94},
    "gold_blind418": {"strict": 0.97, "relaxed": 0.975, "type": 0.975, "value": 0.895},
    "gold_blind420": {"strict": 0.925, "relaxed": 0.97, "type": 0.955, "value": 0.935},
    "gold_blind422": {"strict": 0.95, "relaxed": 0.97, "type": 0.97, "value": 0.935},
    "gold_blind424": {"strict": 0.955, "relaxed": 0.98, "type": 0.98, "value": 0.95},
    "gold_blind426": {"strict": 0.96, "relaxed": 0.98, "type": 0.98, "value": 0.935},
    "gold_blind428": {"strict": 0.96, "relaxed": 0.98, "type": 0.98, "value": 0.895},
    "gold_blind430": {"strict": 0.925, "relaxed": 0.965, "type": 0.965, "value": 0.91},
    "gold_blind432": {"strict": 0.975, "relaxed": 0.985, "type": 0.98, "value": 0.96},
    "gold_blind434": {"strict": 0.94, "relaxed": 0.965, "type": 0.96, "value": 0.92},
    "gold_blind436": {"strict": 0.975, "relaxed": 0.985, "type": 0.975, "value": 0.935},
    "gold_blind438": {"strict": 0.965, "relaxed": 0.965, "type": 0.955, "value": 0.905},
    "gold_blind440": {"strict": 0.96, "relaxed": 0.98, "type": 0.965, "value": 0.925},
    "gold_blind442": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.925},
    "gold_blind444": {"strict": 0.945, "relaxed": 0.97, "type": 0.965, "value": 0.94},
    "gold_blind446": {"strict": 0.915, "relaxed": 0.97, "type": 0.96, "value": 0.935},
    "gold_blind448": {"strict": 0.95, "relaxed": 0.975, "type": 0.96, "value": 0.91},
    "gold_blind450": {"strict": 0.89, "relaxed": 0.945, "type": 0.92, "value": 0.895},
    "gold_blind452": {"strict": 0.97, "relaxed": 0.98, "type": 0.98, "value": 0.955},
    "gold_blind454": {"strict": 0.97, "relaxed": 0.985, "type": 0.985, "value": 0.925},
    "gold_blind456": {"strict": 0.965, "relaxed": 0.975, "type": 0.975, "value": 0.95},
    "gold_blind458": {"strict": 0.96, "relaxed": 0.97, "type": 0.965, "value": 0.92},
    "gold_blind460": {"strict": 0.925, "relaxed": 0.97, "type": 0.96, "value": 0.925},
    "gold_blind462": {"strict": 0.95, "relaxed": 0.955, "type": 0.955, "value": 0.92},
    "gold_blind464": {"strict": 0.93, "relaxed": 0.98, "type": 0.95, "value": 0.915},
    "gold_blind466": {"strict": 0.965, "relaxed": 0.985, "type": 0.98, "value": 0.92},
    "gold_blind468": {"strict": 0.955, "relaxed": 0.965, "type": 0.96, "value": 0.91},
    "gold_blind470": {"strict": 0.94, "relaxed": 0.975, "type": 0.96, "value": 0.91},
    "gold_blind472": {"strict": 0.95, "relaxed": 0.97, "type": 0.95, "value": 0.915},
    "gold_blind474": {"strict": 0.955, "relaxed": 0.98, "type": 0.97, "value": 0.91},
    "gold_blind476": {"strict": 0.95, "relaxed": 0.97, "type": 0.955, "value": 0.91},
    "gold_blind478": {"strict": 0.98, "relaxed": 0.985, "type": 0.975, "value": 0.97},
    "gold_blind480": {"strict": 0.965, "relaxed": 0.965, "type": 0.96, "value": 0.935},
    "gold_blind482": {"strict": 0.92, "relaxed": 0.96, "type": 0.945, "value": 0.89},
    "gold_blind484": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.93},
    "gold_blind486": {"strict": 0.97, "relaxed": 0.985, "type": 0.97, "value": 0.945},
    "gold_blind488": {"strict": 0.94, "relaxed": 0.975, "type": 0.965, "value": 0.905},
    "gold_blind490": {"strict": 0.94, "relaxed": 0.97, "type": 0.965, "value": 0.905},
    "gold_blind492": {"strict": 0.935, "relaxed": 0.975, "type": 0.96, "value": 0.9},
    "gold_blind494": {"strict": 0.965, "relaxed": 0.975, "type": 0.965, "value": 0.915},
    "gold_blind496": {"strict": 0.92, "relaxed": 0.965, "type": 0.94, "value": 0.89},
    "gold_blind498": {"strict": 0.965, "relaxed": 0.98, "type": 0.98, "value": 0.915},
    "gold_blind500": {"strict": 0.94, "relaxed": 0.97, "type": 0.97, "value": 0.885},
    "gold_blind502": {"strict": 0.97, "relaxed": 0.985, "type": 0.97, "value": 0.895},
    "gold_blind504": {"strict": 0.95, "relaxed": 0.97, "type": 0.96, "value": 0.955},
    "gold_blind506": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.935},
    "gold_blind508": {"strict": 0.94, "relaxed": 0.965, "type": 0.965, "value": 0.925},
    "gold_blind510": {"strict": 0.955, "relaxed": 0.965, "type": 0.965, "value": 0.91},
    "gold_blind512": {"strict": 0.92, "relaxed": 0.965, "type": 0.945, "value": 0.905},
    "gold_blind514": {"strict": 0.975, "relaxed": 0.985, "type": 0.985, "value": 0.95},
    "gold_blind516": {"strict": 0.88, "relaxed": 0.94, "type": 0.915, "value": 0.86},
    "gold_blind518": {"strict": 0.94, "relaxed": 0.97, "type": 0.97, "value": 0.885},
    "gold_blind520": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.88},
    "gold_blind522": {"strict": 0.96, "relaxed": 0.98, "type": 0.965, "value": 0.95},
    "gold_blind524": {"strict": 0.965, "relaxed": 0.98, "type": 0.975, "value": 0.96},
    "gold_blind526": {"strict": 0.93, "relaxed": 0.95, "type": 0.94, "value": 0.88},
    "gold_blind528": {"strict": 0.955, "relaxed": 0.965, "type": 0.955, "value": 0.89},
    "gold_blind530": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.88},
    "gold_blind532": {"strict": 0.895, "relaxed": 0.95, "type": 0.92, "value": 0.885},
    "gold_blind534": {"strict": 0.94, "relaxed": 0.965, "type": 0.96, "value": 0.935},
    "gold_blind536": {"strict": 0.945, "relaxed": 0.97, "type": 0.965, "value": 0.91},
    "gold_blind538": {"strict": 0.925, "relaxed": 0.965, "type": 0.955, "value": 0.915},
    "gold_blind540": {"strict": 0.93, "relaxed": 0.965, "type": 0.955, "value": 0.92},
    "gold_blind542": {"strict": 0.96, "relaxed": 0.985, "type": 0.985, "value": 0.94},
    "gold_blind544": {"strict": 0.925, "relaxed": 0.97, "type": 0.965, "value": 0.91},
    "gold_blind546": {"strict": 0.945, "relaxed": 0.975, "type": 0.975, "value": 0.94},
    "gold_blind548": {"strict": 0.935, "relaxed": 0.97, "type": 0.955, "value": 0.92},
    "gold_blind550": {"strict": 0.94, "relaxed": 0.965, "type": 0.965, "value": 0.925},
    "gold_blind552": {"strict": 0.96, "relaxed": 0.975, "type": 0.97, "value": 0.96},
    "gold_blind554": {"strict": 0.955, "relaxed": 0.975, "type": 0.965, "value": 0.95},
    "gold_blind556": {"strict": 0.93, "relaxed": 0.96, "type": 0.95, "value": 0.885},
    "gold_blind558": {"strict": 0.965, "relaxed": 0.98, "type": 0.975, "value": 0.91},
    "gold_blind560": {"strict": 0.955, "relaxed": 0.97, "type": 0.97, "value": 0.855},
    "gold_blind562": {"strict": 0.95, "relaxed": 0.98, "type": 0.975, "value": 0.93},
    "gold_blind564": {"strict": 0.97, "relaxed": 0.985, "type": 0.98, "value": 0.945},
    "gold_blind566": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.92},
    "gold_blind568": {"strict": 0.955, "relaxed": 0.97, "type": 0.96, "value": 0.885},
    "gold_blind570": {"strict": 0.945, "relaxed": 0.96, "type": 0.95, "value": 0.875},
    "gold_blind572": {"strict": 0.955, "relaxed": 0.98, "type": 0.97, "value": 0.925},
    "gold_blind574": {"strict": 0.935, "relaxed": 0.965, "type": 0.965, "value": 0.915},
    "gold_blind576": {"strict": 0.93, "relaxed": 0.965, "type": 0.95, "value": 0.935},
    "gold_blind578": {"strict": 0.91, "relaxed": 0.955, "type": 0.93, "value": 0.92},
    "gold_blind580": {"strict": 0.92, "relaxed": 0.945, "type": 0.925, "value": 0.835},
    "gold_blind582": {"strict": 0.96, "relaxed": 0.98, "type": 0.975, "value": 0.925},
    "gold_blind584": {"strict": 0.945, "relaxed": 0.975, "type": 0.965, "value": 0.925},
    "gold_blind586": {"strict": 0.94, "relaxed": 0.965, "type": 0.95, "value": 0.88},
    "gold_blind588": {"strict": 0.96, "relaxed": 0.98, "type": 0.97, "value": 0.93},
    "gold_blind590": {"strict": 0.95, "relaxed": 0.975, "type": 0.97, "value": 0.93},
    "gold_blind592": {"strict": 0.945, "relaxed": 0.96, "type": 0.95, "value": 0.935},
    "gold_blind594": {"strict": 0.955, "relaxed": 0.965, "type": 0.965, "value": 0.91},
    "gold_blind596": {"strict": 0.955, "relaxed": 0.975, "type": 0.97, "value": 0.855},
    "gold_blind598": {"strict": 0.93, "relaxed": 0.98, "type": 0.955, "value": 0.885},
    "gold_blind600": {"strict": 0.97, "relaxed": 0.975, "type": 0.975, "value": 0.93},
    "gold_blind602": {"strict": 0.975, "relaxed": 0.98, "type": 0.975, "value": 0.955},
    "gold_blind604": {"strict": 0.95, "relaxed": 0.985, "type": 0.97, "value": 0.93},
    "gold_blind606": {"strict": 0.91, "relaxed": 0.97, "type": 0.945, "value": 0.9},
    "gold_blind608": {"strict": 0.955, "relaxed": 0.965, "type": 0.955, "value": 0.905},
    "gold_blind610": {"strict": 0.945, "relaxed": 0.97, "type": 0.96, "value": 0.925},
    "gold_blind612": {"strict": 0.945, "relaxed": 0.96, "type": 0.95, "value": 0.88},
    "gold_blind614": {"strict": 0.915, "relaxed": 0.965, "type": 0.955, "value": 0.925},
    "gold_blind616": {"strict": 0.935, "relaxed": 0.975, "type": 0.96, "value": 0.91},
    "gold_blind618": {"strict": 0.93, "relaxed": 0.965, "type": 0.95, "value": 0.93},
    "gold_blind620": {"strict": 0.96, "relaxed": 0.97, "type": 0.96, "value": 0.94},
    "gold_blind622": {"strict": 0.96, "relaxed": 0.98, "type": 0.98, "value": 0.92},
    "gold_blind624": {"strict": 0.94, "relaxed": 0.98, "type": 0.96, "value": 0.875},
    "gold_blind626": {"strict": 0.95, "relaxed": 0.97, "type": 0.965, "value": 0.9},
    "gold_blind628": {"strict": 0.935, "relaxed": 0.965, "type": 0.955, "value": 0.89},
    "gold_blind630": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.925},
    "gold_blind632": {"strict": 0.915, "relaxed": 0.96, "type": 0.945, "value": 0.895},
    "gold_blind634": {"strict": 0.905, "relaxed": 0.95, "type": 0.935, "value": 0.825},
    "gold_blind636": {"strict": 0.945, "relaxed": 0.975, "type": 0.97, "value": 0.915},
    "gold_blind638": {"strict": 0.895, "relaxed": 0.96, "type": 0.94, "value": 0.92},
    "gold_blind640": {"strict": 0.945, "relaxed": 0.97, "type": 0.965, "value": 0.925},
    "gold_blind642": {"strict": 0.95, "relaxed": 0.975, "type": 0.965, "value": 0.95},
    "gold_blind644": {"strict": 0.965, "relaxed": 0.975, "type": 0.975, "value": 0.925},
    "gold_blind646": {"strict": 0.945, "relaxed": 0.97, "type": 0.955, "value": 0.89},
    "gold_blind648": {"strict": 0.95, "relaxed": 0.98, "type": 0.965, "value": 0.915},
    "gold_blind650": {"strict": 0.945, "relaxed": 0.98, "type": 0.955, "value": 0.88},
    "gold_blind652": {"strict": 0.955, "relaxed": 0.98, "type": 0.97, "value": 0.935},
    "gold_blind654": {"strict": 0.95, "relaxed": 0.97, "type": 0.97, "value": 0.89},
}


def _system(doc: Doc) -> list[Timex]:
    return [Timex(t.start, t.end, str(t.type), t.value) for t in tag_text(doc.text, doc.dct)]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_is_well_formed(name: str) -> None:
    docs = load_docs(DATA / name)
    assert len(docs) == 6
    types = {"DATE", "TIME", "DURATION", "SET"}
    for doc in docs:
        words = len(doc.text.split())
        assert 150 <= words <= 500, (doc.name, words)
        assert doc.gold, doc.name
        ends = [0]
        for t in doc.gold:
            assert t.type in types, (doc.name, t)
            assert t.start >= ends[-1] and t.end > t.start, (doc.name, t)
            assert doc.text[t.start : t.end] == doc.text[t.start : t.end].strip(), (doc.name, t)
            ends.append(t.end)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_scores_stay_above_the_floor(name: str) -> None:
    total: Counter[str] = Counter()
    rows = []
    for doc in load_docs(DATA / name):
        c, disagreements = count(list(doc.gold), _system(doc))
        total.update(c)
        rows.append((doc.name, c))
        for d in disagreements:
            print(f"{doc.name:<26}{describe(d, doc.text)}")
    print("\n" + table(rows))
    overall = scores(total)
    for measure, floor in FLOORS[name].items():
        assert overall[measure] >= floor, f"{name}: {measure} F1 {overall[measure]:.3f} < {floor}"


@pytest.mark.parametrize("directory", [DATA / name for name in sorted(FLOORS)], ids=str)
def test_a_perfect_system_scores_one(directory: Path) -> None:
    total: Counter[str] = Counter()
    for doc in load_docs(directory):
        c, disagreements = count(list(doc.gold), list(doc.gold))
        assert not disagreements
        total.update(c)
    assert scores(total) == dict.fromkeys(("strict", "relaxed", "type", "value"), 1.0)
