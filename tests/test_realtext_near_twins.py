"""Near twins: one story in nearly the same words is found, another story on the same subject is not."""

from benchmarks.realtext.near_twins import near_twins, shingles

STORY = ("استقبل وزير الخارجية في مكتبه بالرياض اليوم سفير جمهورية ألمانيا الاتحادية لدى المملكة وجرى "
         "خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الصديقين وسبل تعزيزها في المجالات كافة "
         "إضافة إلى بحث المستجدات الإقليمية والدولية ذات الاهتمام المشترك")


def test_a_story_filed_again_with_a_line_changed_is_a_near_twin() -> None:
    again = STORY.replace("اليوم", "أمس") + " حضر الاستقبال وكيل الوزارة للشؤون السياسية"
    found = near_twins([(2, again)], [(1, STORY)])
    assert list(found) == [2] and found[2][0][0] == 1 and found[2][0][1] >= 0.8


def test_a_short_story_inside_a_longer_one_is_a_near_twin() -> None:
    assert 2 in near_twins([(2, STORY[:120])], [(1, STORY)])


def test_another_story_on_the_same_subject_is_not() -> None:
    other = ("التقى وزير الخارجية في جدة مساء أمس نظيره الفرنسي وبحث معه تطورات الأزمة السورية والملف "
             "النووي الإيراني ومسار المفاوضات في اليمن وسبل دعم الاستقرار في المنطقة")
    assert near_twins([(2, other)], [(1, STORY)]) == {}


def test_a_line_is_never_its_own_twin_and_shingles_are_stable() -> None:
    assert near_twins([(1, STORY)], [(1, STORY)]) == {}
    assert shingles("كلمة أولى ثانية ثالثة") == shingles("كلمة  أولى ثانية ثالثة")
    assert len(shingles("كلمة أولى ثانية ثالثة")) == 2
