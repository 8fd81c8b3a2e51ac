import html
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.answers import normalise_answer
from assessments.similarity import SimilarPair, find_similar, tokenise
from lms.text import highlight

PROMPT = (
    "Câu hỏi thu hoạch: Qua chương trình học tập, đồng chí hãy trình bày những nhận thức mới của bản thân về Đảng "
    "Cộng sản Việt Nam, liên hệ với công việc thực tế tại doanh nghiệp nơi mình làm việc, nêu rõ những khó khăn khi "
    "vừa làm theo ca vừa học tập, và đề ra kế hoạch phấn đấu, rèn luyện của bản thân trong thời gian tới."
)

COPIED = (
    "Điều làm tôi nhớ nhất là bài học về lịch sử ra đời của Đảng gắn liền với phong trào công nhân. Những người "
    "thợ ở nhà máy sợi Nam Định, ở mỏ than Hòn Gai năm xưa cũng làm việc vất vả như chúng tôi bây giờ, nhưng họ "
    "biết đoàn kết lại để đòi quyền lợi chính đáng. Khi đọc đến đó, tôi thấy mình không đứng ngoài câu chuyện ấy "
    "mà là người tiếp nối."
)
COPIED_SENTENCES = [sentence.strip() for sentence in re.split(r"(?<=\.)\s", COPIED)]

LAN = (
    "Tôi là công nhân chuyền may số 4 của công ty, làm việc theo hai ca luân phiên đã gần sáu năm. Trước khi tham "
    "gia lớp học, tôi nghĩ chuyện của Đảng là chuyện của cán bộ, còn công nhân chỉ cần làm đủ sản phẩm là được.\n\n"
    + COPIED
    + "\n\nTừ nay tôi sẽ cố gắng đi làm đúng giờ, giữ gìn máy móc, nhắc nhở các em mới vào nghề thực hiện nội quy "
    "an toàn. Tôi cũng muốn đăng ký học tiếp lớp đảng viên mới khi tổ chức cho phép."
)
HUNG = (
    "Tôi làm kỹ thuật viên kiểm tra bo mạch ở xưởng điện tử, thường xuyên phải trực ca đêm từ mười giờ tối đến sáu "
    "giờ sáng. Việc học trên điện thoại rất tiện vì tôi có thể xem bài vào giờ nghỉ giữa ca.\n\n"
    + COPIED
    + "\n\nTrong tổ của tôi có nhiều bạn trẻ mới từ quê lên, chưa quen kỷ luật của nhà máy. Tôi sẽ dành thời gian "
    "hướng dẫn các bạn, đồng thời tham gia đầy đủ các buổi sinh hoạt công đoàn."
)
MAI = (
    "Chị em ở phân xưởng đóng gói thực phẩm chúng tôi phần lớn là lao động nữ, vừa làm ca vừa chăm con nhỏ. Lúc "
    "đầu tôi lo không sắp xếp được thời gian đi học, nhưng lịch học được chia theo ca nên tôi chọn được buổi chiều "
    "thứ bảy. Qua các bài giảng, tôi hiểu hơn vì sao Đảng luôn coi trọng việc chăm lo đời sống người lao động, từ "
    "bữa ăn giữa ca đến nhà trẻ cho con công nhân. Tôi mong công đoàn tiếp tục kiến nghị với công ty mở thêm lớp "
    "giữ trẻ buổi tối. Về phần mình, tôi hứa làm việc cẩn thận, tiết kiệm bao bì và giúp đỡ chị em trong tổ cùng "
    "tiến bộ."
)
TUAN = (
    "Xưởng gỗ nơi tôi làm xuất khẩu bàn ghế sang nhiều nước, đơn hàng dồn dập vào cuối năm nên anh em thường phải "
    "tăng ca. Có những hôm mệt, tôi chỉ muốn về ngủ, nhưng nghĩ lại những gì giảng viên nói về tinh thần tự học, "
    "tôi vẫn mở bài học ra xem vài phút. Tôi nhận ra rằng người đảng viên không phải là người đứng trên mọi người "
    "mà là người đi đầu trong công việc khó, biết lắng nghe và nói thẳng khi thấy sai. Ở tổ tôi, anh tổ trưởng là "
    "đảng viên, anh luôn là người đến sớm kiểm tra máy cưa và nhắc mọi người đeo kính bảo hộ. Tôi muốn học theo "
    "anh ấy."
)
HA = (
    "Công ty giày da chúng tôi có hơn ba nghìn công nhân, làm theo ba ca xoay vòng mỗi tuần. Lớp học lần này là "
    "lần đầu tiên tôi được nghe giải thích cụ thể về nguyên tắc tập trung dân chủ và về phê bình, tự phê bình. "
    "Trước đây khi có chuyện không vừa ý, tôi thường im lặng rồi kể với người ngoài. Bây giờ tôi hiểu cần góp ý "
    "trực tiếp, đúng lúc, đúng chỗ, với thái độ xây dựng. Tôi sẽ cùng tổ đề xuất cách sắp xếp lại khu vực để đế "
    "giày cho gọn gàng, đỡ mất thời gian đi lại."
)
UNRELATED = {3: MAI, 4: TUAN, 5: HA}


def passage_texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def canonical(text: str) -> str:
    return normalise_answer(text)


def assert_contains_sentences(text: str, spans: list[tuple[int, int]], sentences: list[str]) -> None:
    passages = [canonical(passage) for passage in passage_texts(text, spans)]
    for sentence in sentences:
        assert any(canonical(sentence) in passage for passage in passages), sentence


def test_copied_paragraph_is_found_with_its_passages() -> None:
    documents = {1: LAN, 2: HUNG, **UNRELATED}
    pairs = find_similar(documents)
    assert [(pair.a, pair.b) for pair in pairs] == [(1, 2)]
    pair = pairs[0]
    assert 0.3 <= pair.score <= 1.0
    assert pair.shared_words >= len(COPIED.split()) - 1
    # The copied paragraph, and nothing much else, is the shared passage in both texts.
    assert passage_texts(LAN, pair.passages_a) == [COPIED]
    assert passage_texts(HUNG, pair.passages_b) == [COPIED]
    assert_contains_sentences(LAN, pair.passages_a, COPIED_SENTENCES)


def test_unrelated_reflections_give_no_pairs() -> None:
    assert find_similar({1: LAN, **UNRELATED}) == []
    assert find_similar(UNRELATED, threshold=0.05, min_shared_words=5) == []


def test_prompt_quoted_by_everyone_is_not_copying() -> None:
    documents = {key: PROMPT + "\n\n" + text for key, text in {1: LAN, **UNRELATED}.items()}
    # Without the boilerplate rule, the shared prompt alone makes every pair look copied …
    assert len(find_similar(documents, max_df=1.0)) == 6
    # … with it (the prompt is in all 4 documents, more than half), nothing is flagged.
    assert find_similar(documents) == []


def test_prompt_does_not_hide_a_real_copy_nor_get_highlighted() -> None:
    documents = {key: PROMPT + "\n\n" + text for key, text in {1: LAN, 2: HUNG, **UNRELATED}.items()}
    pairs = find_similar(documents)
    assert [(pair.a, pair.b) for pair in pairs] == [(1, 2)]
    assert passage_texts(documents[1], pairs[0].passages_a) == [COPIED]
    assert all(start > len(PROMPT) for start, _ in pairs[0].passages_b)


def test_excluded_text_does_not_count_even_for_two_documents() -> None:
    documents = {1: PROMPT + " " + MAI, 2: PROMPT + " " + TUAN}
    assert [(pair.a, pair.b) for pair in find_similar(documents)] == [(1, 2)]  # too few documents to tell
    assert find_similar(documents, exclude=[PROMPT]) == []


def test_decomposed_and_respaced_copy_is_still_found_in_the_original_text() -> None:
    retyped = unicodedata.normalize("NFD", HUNG.replace("Hòn Gai", "Hòn  Gai").replace(", ", ",\u00a0 "))
    retyped = retyped.replace(unicodedata.normalize("NFD", "đoàn kết"), unicodedata.normalize("NFD", "đòan kết"))
    assert retyped != HUNG and not unicodedata.is_normalized("NFC", retyped)
    pairs = find_similar({1: LAN, 2: retyped, **UNRELATED})
    assert [(pair.a, pair.b) for pair in pairs] == [(1, 2)]
    # The spans are offsets in the text as submitted (NFD, odd spaces): slicing it gives the copied sentences.
    assert_contains_sentences(retyped, pairs[0].passages_b, COPIED_SENTENCES)
    for start, end in pairs[0].passages_b:
        assert not unicodedata.combining(retyped[start])
        assert end == len(retyped) or not unicodedata.combining(retyped[end])


def test_pairs_are_sorted_by_score_and_ordered_within() -> None:
    half = COPIED[: COPIED.index("Khi đọc")]
    documents = {9: LAN, 2: HUNG, 7: MAI + " " + half, 4: TUAN, 5: HA}
    # (Copied by 3 of these 5 writers, `half` would count as boilerplate: that rule is for real cohorts.)
    pairs = find_similar(documents, threshold=0.1, max_df=1.0)
    assert [(pair.a, pair.b) for pair in pairs] == [(2, 9), (2, 7), (7, 9)]
    assert pairs[0].score > pairs[1].score
    assert all(pair.a < pair.b for pair in pairs)
    assert [pair.score for pair in pairs] == sorted((pair.score for pair in pairs), reverse=True)


def test_min_shared_words_ignores_a_short_common_sentence() -> None:
    sentence = "Tôi sẽ chấp hành tốt nội quy công ty và đi học đầy đủ."
    documents = {1: sentence + " " + MAI[:80], 2: sentence + " " + TUAN[:80]}
    assert find_similar(documents) == []
    assert [(pair.a, pair.b) for pair in find_similar(documents, min_shared_words=10)] == [(1, 2)]


def test_focus_limits_pairs_to_the_given_documents() -> None:
    documents = {1: LAN, 2: HUNG, 3: HUNG + " " + HA}
    assert {(pair.a, pair.b) for pair in find_similar(documents, max_df=1.0)} == {(1, 2), (1, 3), (2, 3)}
    assert {(pair.a, pair.b) for pair in find_similar(documents, max_df=1.0, focus={3})} == {(1, 3), (2, 3)}


def test_identical_documents_score_one() -> None:
    shouted = unicodedata.normalize("NFD", MAI.upper())
    (pair,) = find_similar({10: MAI, 11: shouted})
    assert pair == SimilarPair(10, 11, 1.0, [(0, len(MAI))], [(0, len(shouted))], len(MAI.split()))


def test_empty_and_tiny_inputs() -> None:
    assert find_similar({}) == []
    assert find_similar({1: ""}) == []
    assert find_similar({1: "", 2: "...", 3: "Đảng"}) == []
    with pytest.raises(ValueError):
        find_similar({1: LAN}, shingle_size=0)


def test_tokenise_maps_words_back_to_the_original_text() -> None:
    text = "  Hồ\u00a0 Chí   Minh,\tngười công-nhân "
    decomposed = unicodedata.normalize("NFD", text)
    for source in (text, decomposed):
        tokens = tokenise(source)
        assert [word for word, _, _ in tokens] == ["hồ", "chí", "minh", "người", "công", "nhân"]
        assert [normalise_answer(source[start:end]) for _, start, end in tokens] == [w for w, _, _ in tokens]


def test_highlight_escapes_and_marks() -> None:
    text = 'Ca 3 <b>&</b> "đêm" khuya'
    assert highlight(text, [(0, 4), (2, 6), (25, 99)]) == (
        "<mark>Ca 3 &lt;</mark>b&gt;&amp;&lt;/b&gt; &quot;đêm&quot; khuya"
    )
    assert highlight(text, []) == html.escape(text)


def test_highlight_of_found_passages_round_trips() -> None:
    (pair,) = find_similar({1: LAN, 2: HUNG, **UNRELATED})
    marked = highlight(LAN, pair.passages_a)
    assert marked.count("<mark>") == 1
    assert html.unescape(marked.replace("<mark>", "").replace("</mark>", "")) == LAN
    assert f"<mark>{html.escape(COPIED)}</mark>" in marked


SYLLABLES = [
    "công",
    "nhân",
    "đảng",
    "viên",
    "học",
    "tập",
    "ca",
    "đêm",
    "nhà",
    "máy",
    "chi",
    "bộ",
    "đoàn",
    "kết",
    "lao",
    "động",
    "sản",
    "xuất",
    "kỷ",
    "luật",
    "phấn",
    "đấu",
    "tổ",
    "trưởng",
    "chuyền",
    "may",
    "điện",
    "tử",
    "an",
    "toàn",
    "hoà",
    "thuỷ",
    "khoẻ",
    "quyền",
    "lợi",
    "nghĩa",
    "vụ",
    "tiết",
    "kiệm",
    "giờ",
    "giấc",
    "bài",
    "giảng",
    "lớp",
    "học",
    "thời",
    "sự",
]
texts = st.lists(st.sampled_from(SYLLABLES), min_size=30, max_size=120).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(texts, st.sampled_from(["  ", " \u00a0", "\n", ", "]))
def test_a_retyped_copy_is_found_whole(text: str, gap: str) -> None:
    copy = unicodedata.normalize("NFD", text.replace(" ", gap).replace("hoà", "hòa").replace("thuỷ", "thủy"))
    (pair,) = find_similar({1: text, 2: copy}, min_shared_words=0)
    assert pair.score == 1.0
    assert pair.passages_a == [(0, len(text))]
    assert pair.passages_b == [(0, len(copy))]


@settings(max_examples=40, deadline=None)
@given(st.lists(texts, min_size=2, max_size=6))
def test_spans_are_sorted_disjoint_and_on_word_boundaries(bodies: list[str]) -> None:
    documents = dict(enumerate(bodies))
    for pair in find_similar(documents, threshold=0.0, min_shared_words=0, max_df=1.0):
        assert pair.a < pair.b
        for text, spans in ((documents[pair.a], pair.passages_a), (documents[pair.b], pair.passages_b)):
            assert spans
            for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
                assert end < start
            for start, end in spans:
                assert 0 <= start < end <= len(text)
                assert start == 0 or not text[start - 1].isalnum()
                assert end == len(text) or not text[end].isalnum()
