"""Near-duplicate detection: 300 written reflections of ~800 words, 10 planted copied pairs.

The reflections are generated from a bank of Vietnamese sentence templates and phrases, recombined at random, so
unrelated reflections share common phrases (as real ones do) without being copies. Every reflection also quotes the
same prompt (boilerplate). Ten pairs are planted: the copier takes 45–70 % of the source's paragraphs (lightly
edited, some retyped in NFD, with old-style tone marks or doubled spaces) and mixes them with their own.
Goals: ≤ 5 s (target < 1 s) on 2 cores; all planted pairs found; no unrelated pair flagged.
Prints one JSON line per figure.
"""

import json
import random
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessments.similarity import find_similar  # noqa: E402

DOCUMENTS, WORDS, PLANTED = 300, 800, 10

PROMPT = (
    "Đề bài: Anh (chị) hãy liên hệ những nội dung đã học về Đảng Cộng sản Việt Nam với công việc, "
    "cuộc sống của bản thân là công nhân làm việc theo ca và nêu phương hướng phấn đấu."
)

OPENERS = [
    "Qua lớp học này",
    "Sau khi học xong chuyên đề",
    "Trong thời gian tham gia lớp bồi dưỡng",
    "Là một công nhân làm việc theo ca",
    "Từ thực tế công việc tại xưởng",
    "Khi học trên điện thoại sau giờ tan ca",
    "Nhìn lại quá trình làm việc mấy năm qua",
    "Qua các buổi học trực tiếp ở nhà văn hoá công nhân",
    "Được công đoàn công ty giới thiệu đi học",
    "Mặc dù ca kíp thay đổi liên tục",
    "Ngay từ buổi học đầu tiên",
    "Sau những lần trao đổi với giảng viên",
    "Khi đọc lại tài liệu vào ngày nghỉ",
    "Nhờ cách học chia thành từng bài ngắn",
    "Dù trước đây ít quan tâm đến chính trị",
    "Trong những ngày làm ca đêm",
]
SUBJECTS = [
    "tôi",
    "bản thân tôi",
    "anh chị em trong tổ",
    "công nhân chúng tôi",
    "tổ trưởng ca đêm",
    "nhiều bạn trẻ trong nhà máy",
    "những người cùng chuyền may",
    "các đồng nghiệp ở phân xưởng đóng gói",
    "chị em lao động nữ",
    "người lao động ở khu công nghiệp",
    "gia đình tôi",
    "cả nhóm học viên",
]
VERBS = [
    "đã hiểu rõ hơn về",
    "nhận thức sâu sắc hơn về",
    "thấy cần phải tìm hiểu thêm về",
    "mong muốn được học tập về",
    "càng thêm tự hào về",
    "bắt đầu quan tâm nhiều hơn đến",
    "có dịp suy nghĩ nghiêm túc về",
    "được nghe giải thích cặn kẽ về",
    "thường xuyên trao đổi với nhau về",
    "ghi chép cẩn thận những điều về",
    "thấy gần gũi hơn với",
    "biết cách vận dụng",
]
HEADS = [
    "lịch sử",
    "vai trò",
    "ý nghĩa",
    "truyền thống",
    "nguyên tắc",
    "trách nhiệm",
    "quyền lợi",
    "sứ mệnh",
    "tinh thần",
    "những bài học",
    "mối quan hệ",
    "tấm gương",
]
TOPICS = [
    "của Đảng đối với giai cấp công nhân",
    "của tổ chức công đoàn cơ sở",
    "của người lao động trong doanh nghiệp",
    "đoàn kết giữa các ca làm việc",
    "kỷ luật lao động và tác phong công nghiệp",
    "an toàn vệ sinh lao động",
    "tập trung dân chủ trong sinh hoạt chi bộ",
    "phê bình và tự phê bình",
    "của người đảng viên nơi làm việc",
    "tiết kiệm nguyên vật liệu trên dây chuyền",
    "học tập suốt đời của công nhân",
    "những năm đầu thành lập Đảng",
    "cách mạng tháng Tám",
    "đổi mới đất nước từ năm 1986",
    "xây dựng khối đại đoàn kết toàn dân tộc",
    "của thanh niên công nhân hôm nay",
]
TAILS = [
    "trong từng ca làm việc",
    "ngay tại vị trí sản xuất của mình",
    "khi tham gia sinh hoạt tổ",
    "trong cuộc sống hằng ngày ở khu nhà trọ",
    "khi hướng dẫn công nhân mới vào nghề",
    "để năng suất của tổ ngày càng tăng",
    "mà trước đây tôi chưa từng để ý",
    "một cách cụ thể và thiết thực",
    "qua những ví dụ rất gần với nhà máy",
    "dù thời gian học không nhiều",
    "trong điều kiện làm ba ca xoay vòng",
    "cùng với gia đình và con cái",
]
REASONS = [
    "Vì vậy",
    "Do đó",
    "Từ đó",
    "Bởi thế",
    "Chính vì thế",
    "Nhờ vậy",
    "Cũng vì lẽ đó",
    "Như vậy",
]
RESOLVES = [
    "tôi tự đặt ra cho mình mục tiêu",
    "tôi sẽ cố gắng",
    "tổ chúng tôi thống nhất",
    "tôi xin hứa với chi bộ",
    "bản thân tôi phấn đấu",
    "tôi quyết tâm",
    "tôi đề nghị công đoàn",
    "tôi muốn rủ thêm đồng nghiệp",
]
ACTIONS = [
    "hoàn thành tốt định mức sản phẩm mỗi ca",
    "không đi muộn về sớm và giữ gìn máy móc",
    "giúp đỡ các bạn mới vào làm quen công việc",
    "tham gia đầy đủ các buổi sinh hoạt",
    "đọc báo và nghe thời sự mỗi tuần",
    "đăng ký học tiếp lớp đảng viên mới",
    "góp ý thẳng thắn khi thấy việc làm sai",
    "tiết kiệm điện nước và vật tư",
    "tổ chức thêm buổi học vào cuối tuần",
    "xếp lịch học phù hợp với ca làm",
    "viết lại những điều đã học để nhớ lâu",
    "nhắc nhở nhau thực hiện nội quy an toàn",
    "làm gương cho con cái ở nhà",
    "tham gia phong trào thi đua lao động giỏi",
]
DETAILS = [
    "Tôi nhớ nhất ví dụ về {n} người thợ đã cùng nhau sửa máy suốt đêm để kịp giao hàng.",
    "Có tuần tôi phải làm ca ba, nên chỉ học được {n} bài ngắn vào buổi sáng trước khi ngủ.",
    "Tổ của tôi có {n} người thì đã có một nửa đăng ký học lớp này.",
    "Tôi làm ở công ty đã được {n} năm, từ khi còn là công nhân thời vụ.",
    "Buổi học trực tiếp kéo dài khoảng {n} tiếng nhưng không ai thấy mệt.",
    "Mỗi bài học chỉ mất chừng {n} phút nên tôi tranh thủ học lúc nghỉ giữa ca.",
    "Quê tôi ở {place}, ra đây làm công nhân cũng đã lâu.",
    "Hôm trước chị tổ trưởng quê {place} kể chuyện ông nội từng tham gia kháng chiến.",
    "Trong lớp có bạn quê {place} đặt câu hỏi rất hay về quyền lợi của người lao động.",
]
PLACES = ["Thanh Hoá", "Nghệ An", "Thái Bình", "Quảng Ngãi", "Sóc Trăng", "Bình Phước", "Hà Tĩnh", "Đắk Lắk"]


def sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return (
            f"{rng.choice(OPENERS)}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
            f"{rng.choice(HEADS)} {rng.choice(TOPICS)} {rng.choice(TAILS)}."
        )
    if kind < 0.75:
        return f"{rng.choice(REASONS)}, {rng.choice(RESOLVES)} {rng.choice(ACTIONS)} {rng.choice(TAILS)}."
    if kind < 0.9:
        return rng.choice(DETAILS).format(n=rng.randint(2, 40), place=rng.choice(PLACES))
    return (
        f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(HEADS)} {rng.choice(TOPICS)}, "
        f"{rng.choice(REASONS).lower()} {rng.choice(RESOLVES)} {rng.choice(ACTIONS)}."
    )


FILLERS = ["thật sự", "cũng", "luôn", "đã", "rất", "càng", "vẫn", "thực sự", "hết sức", "ngày càng", "dần dần"]


def personal(rng: random.Random, text: str, fillers: bool) -> str:
    """Each writer's own wording: small words added here and there, so two writers rarely share long runs."""
    words = text.split(" ")
    for _ in range(len(words) // 8 if fillers else 0):
        words.insert(rng.randrange(1, len(words)), rng.choice(FILLERS))
    return " ".join(words)


def reflection(rng: random.Random, fillers: bool, words: int = WORDS) -> list[str]:
    """Paragraphs of 3–6 sentences until about `words` words."""
    paragraphs, count = [], 0
    while count < words - 90:
        paragraph = " ".join(personal(rng, sentence(rng), fillers) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return paragraphs


def retype(rng: random.Random, paragraph: str) -> str:
    """How a copier's version differs: old-style tones, NFD keyboard, doubled spaces, a word changed here and there."""
    text = paragraph.replace("hoà", "hòa").replace("Hoá", "Hóa").replace("khoẻ", "khỏe")
    words = text.split(" ")
    for _ in range(len(words) // 40):
        words[rng.randrange(len(words))] = rng.choice(["thật sự", "rất", "cũng", "luôn"])
    text = " ".join(words)
    if rng.random() < 0.3:
        text = unicodedata.normalize("NFD", text)
    if rng.random() < 0.3:
        text = text.replace(", ", ",  ").replace(". ", ".\n")
    return text


def corpus(seed: int = 2026, fillers: bool = True) -> tuple[dict[int, str], set[tuple[int, int]]]:
    """The reflections and the planted pairs. Without `fillers`, all writers use the bank's exact wording, so almost
    every pair shares some shingles: the worst case for the inverted-index join."""
    rng = random.Random(seed)
    paragraphs = {doc: reflection(rng, fillers) for doc in range(1, DOCUMENTS + 1)}
    planted = set()
    chosen = rng.sample(sorted(paragraphs), 2 * PLANTED)
    for source, copier in zip(chosen[::2], chosen[1::2], strict=True):
        share = round(len(paragraphs[source]) * rng.uniform(0.45, 0.7))
        taken = [retype(rng, p) for p in rng.sample(paragraphs[source], share)]
        own = paragraphs[copier][: max(1, len(paragraphs[copier]) - len(taken))]
        mixed = own + taken
        rng.shuffle(mixed)
        paragraphs[copier] = mixed
        planted.add((min(source, copier), max(source, copier)))
    texts = {doc: PROMPT + "\n\n" + "\n\n".join(parts) for doc, parts in paragraphs.items()}
    return texts, planted


def main() -> None:
    texts, planted = corpus()
    find_similar(dict(list(texts.items())[:10]))  # warm up imports and numpy
    began = time.perf_counter()
    pairs = find_similar(texts)
    elapsed = time.perf_counter() - began
    found = {(pair.a, pair.b) for pair in pairs}
    # The same corpus with no threshold: how close do unrelated reflections come?
    everything = find_similar(texts, threshold=0.1, min_shared_words=0)
    unrelated = [pair.score for pair in everything if (pair.a, pair.b) not in planted]
    planted_scores = [pair.score for pair in pairs if (pair.a, pair.b) in planted]
    words = sum(len(text.split()) for text in texts.values()) / len(texts)
    dense, dense_planted = corpus(fillers=False)
    began = time.perf_counter()
    dense_pairs = find_similar(dense)
    dense_elapsed = time.perf_counter() - began
    dense_found = {(pair.a, pair.b) for pair in dense_pairs}
    figures = [
        {
            "name": "similarity_300_reflections",
            "value": round(elapsed, 3),
            "unit": "s",
            "detail": {"documents": len(texts), "mean_words": round(words)},
        },
        {
            "name": "similarity_planted_pairs_found",
            "value": len(found & planted),
            "unit": "pairs",
            "planted": len(planted),
            "lowest_score": min(planted_scores, default=None),
        },
        {"name": "similarity_false_positives", "value": len(found - planted), "unit": "pairs"},
        {
            "name": "similarity_max_unrelated_score",
            "value": max(unrelated, default=0.0),
            "unit": "containment",
            "unrelated_pairs_scoring_0_1_or_more": len(unrelated),
        },
        {
            "name": "similarity_300_reflections_dense_overlap",
            "value": round(dense_elapsed, 3),
            "unit": "s",
            "detail": {
                "planted_found": len(dense_found & dense_planted),
                "false_positives": len(dense_found - dense_planted),
            },
        },
    ]
    for figure in figures:
        print(json.dumps(figure, ensure_ascii=False))
    if found != planted or dense_found != dense_planted:
        sys.exit(1)


if __name__ == "__main__":
    main()
