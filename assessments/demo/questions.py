"""Câu hỏi mẫu cho ngân hàng câu hỏi của các bài học mẫu (courses/demo/content_*.py).

Câu hỏi do dự án tự biên soạn từ nội dung bài học mẫu, không sao chép đề thi hay giáo trình chính thức.
`load_questions()` ghi chúng theo mã câu hỏi: chạy lại không thay đổi gì, trừ khi nội dung ở đây đã sửa.
"""

from django.db import transaction

from assessments.models import Difficulty, QuestionKind
from assessments.services.banks import (
    ChoiceData,
    QuestionData,
    bank_ensure,
    question_changes,
    question_create,
    question_update,
    true_false_choices,
)
from courses.demo import content_awareness, content_new_member
from courses.models import CoursePage, ModulePage

EASY, MEDIUM, HARD = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD


def single(reference: str, difficulty: str, text: str, options: list[str], correct: int, explanation: str):
    """`correct`: the index of the right option."""
    choices = [ChoiceData(option, index == correct) for index, option in enumerate(options)]
    return QuestionData(
        kind=QuestionKind.SINGLE,
        text=text,
        choices=choices,
        explanation=explanation,
        difficulty=difficulty,
        reference=reference,
        is_active=None,  # an editor may have taken it out of use: keep that
    )


def multiple(reference: str, difficulty: str, text: str, options: list[str], correct: set[int], explanation: str):
    choices = [ChoiceData(option, index in correct) for index, option in enumerate(options)]
    return QuestionData(
        kind=QuestionKind.MULTIPLE,
        text=text,
        choices=choices,
        explanation=explanation,
        difficulty=difficulty,
        reference=reference,
        is_active=None,  # an editor may have taken it out of use: keep that
    )


def true_false(reference: str, difficulty: str, text: str, answer: bool, explanation: str):
    return QuestionData(
        kind=QuestionKind.TRUE_FALSE,
        text=text,
        choices=true_false_choices(answer=answer),
        explanation=explanation,
        difficulty=difficulty,
        reference=reference,
        is_active=None,  # an editor may have taken it out of use: keep that
    )


def short(reference: str, difficulty: str, text: str, answers: list[str], explanation: str):
    return QuestionData(
        kind=QuestionKind.SHORT,
        text=text,
        accepted_answers=answers,
        explanation=explanation,
        difficulty=difficulty,
        reference=reference,
        is_active=None,  # an editor may have taken it out of use: keep that
    )


# Lớp bồi dưỡng nhận thức về Đảng: 8 câu mỗi bài, đủ bốn loại và ba mức độ.
AWARENESS = {
    "bai-1-khai-quat-lich-su-dang": [
        single(
            "NT-B1-01",
            EASY,
            "Đảng Cộng sản Việt Nam được thành lập vào năm nào?",
            ["1911", "1930", "1945", "1975"],
            1,
            "Ngày 3/2/1930, hội nghị do lãnh tụ Nguyễn Ái Quốc chủ trì đã hợp nhất các tổ chức cộng sản trong nước "
            "thành Đảng Cộng sản Việt Nam. Năm 1911 là năm Người ra đi tìm đường cứu nước.",
        ),
        single(
            "NT-B1-02",
            MEDIUM,
            "Sự kiện nào diễn ra ngày 2/9/1945?",
            [
                "Chiến thắng Điện Biên Phủ",
                "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập, khai sinh nước Việt Nam Dân chủ Cộng hòa",
                "Giải phóng hoàn toàn miền Nam",
                "Đại hội VI đề ra đường lối đổi mới",
            ],
            1,
            "Sau thắng lợi của Cách mạng Tháng Tám, ngày 2/9/1945 Bác đọc Tuyên ngôn độc lập. Điện Biên Phủ là năm "
            "1954, giải phóng miền Nam là 30/4/1975, Đại hội VI là tháng 12/1986.",
        ),
        multiple(
            "NT-B1-03",
            MEDIUM,
            "Những mốc nào dưới đây gắn với cuộc đấu tranh giành và giữ độc lập, thống nhất đất nước?",
            [
                "Cách mạng Tháng Tám năm 1945",
                "Chiến thắng Điện Biên Phủ năm 1954",
                "Giải phóng hoàn toàn miền Nam ngày 30/4/1975",
                "Gia nhập Tổ chức Thương mại Thế giới năm 2007",
            ],
            {0, 1, 2},
            "Ba mốc đầu là những thắng lợi giành và giữ độc lập, thống nhất. Năm 2007 là một mốc hội nhập kinh tế "
            "trong thời kỳ đổi mới.",
        ),
        multiple(
            "NT-B1-04",
            HARD,
            "Theo bài học, Đảng Cộng sản Việt Nam ra đời từ sự kết hợp của những yếu tố nào?",
            [
                "Chủ nghĩa Mác - Lênin",
                "Phong trào công nhân",
                "Phong trào yêu nước",
                "Sự cho phép của chính quyền thực dân",
            ],
            {0, 1, 2},
            "Đảng ra đời từ sự kết hợp chủ nghĩa Mác - Lênin với phong trào công nhân và phong trào yêu nước. "
            "Chính quyền thực dân đàn áp, không hề cho phép.",
        ),
        true_false(
            "NT-B1-05",
            EASY,
            "Đại hội VI của Đảng (tháng 12/1986) đề ra đường lối đổi mới toàn diện đất nước.",
            True,
            "Đúng. Đại hội VI nhìn thẳng vào khuyết điểm và mở ra công cuộc đổi mới.",
        ),
        true_false(
            "NT-B1-06",
            HARD,
            "Công cuộc đổi mới chuyển nền kinh tế nước ta sang cơ chế bao cấp.",
            False,
            "Sai. Ngược lại, đổi mới chuyển nền kinh tế từ cơ chế bao cấp sang kinh tế thị trường định hướng xã hội "
            "chủ nghĩa, khuyến khích nhiều thành phần kinh tế cùng phát triển.",
        ),
        short(
            "NT-B1-07",
            MEDIUM,
            "Chiến dịch Hồ Chí Minh giải phóng hoàn toàn miền Nam kết thúc vào năm nào? (ghi số năm)",
            ["1975", "năm 1975"],
            "Ngày 30/4/1975, Chiến dịch Hồ Chí Minh toàn thắng; năm 1976 nước ta thống nhất với tên gọi Cộng hòa xã "
            "hội chủ nghĩa Việt Nam.",
        ),
        short(
            "NT-B1-08",
            HARD,
            "Năm 1941, Nguyễn Ái Quốc cùng Trung ương Đảng lập ra một mặt trận để tập hợp mọi người Việt Nam yêu nước. "
            "Mặt trận đó có tên gọi ngắn là gì?",
            ["Việt Minh", "Mặt trận Việt Minh"],
            "Mặt trận Việt Minh ra đời năm 1941, tập hợp lực lượng cho cuộc tổng khởi nghĩa tháng 8/1945.",
        ),
    ],
    "bai-2-cuong-linh-xay-dung-dat-nuoc": [
        single(
            "NT-B2-01",
            MEDIUM,
            "Năm 2011, Đại hội nào của Đảng đã bổ sung, phát triển Cương lĩnh xây dựng đất nước?",
            ["Đại hội VII", "Đại hội IX", "Đại hội XI", "Đại hội XIII"],
            2,
            "Cương lĩnh được Đại hội VII thông qua năm 1991 và được Đại hội XI bổ sung, phát triển năm 2011.",
        ),
        single(
            "NT-B2-02",
            EASY,
            "Văn bản nào cho biết Đảng và nhân dân ta muốn xây dựng một xã hội như thế nào và đi tới đó bằng con đường "
            "nào?",
            ["Cương lĩnh của Đảng", "Nội quy lao động của doanh nghiệp", "Hợp đồng lao động", "Sổ giao ca"],
            0,
            "Cương lĩnh là văn bản định hướng quan trọng nhất của một đảng chính trị, giống như quy trình sản xuất "
            "cho biết việc gì cần làm và làm theo thứ tự nào.",
        ),
        multiple(
            "NT-B2-03",
            MEDIUM,
            "Những đặc điểm nào thuộc về xã hội mà nhân dân ta xây dựng?",
            [
                "Nhân dân là người làm chủ đất nước",
                "Văn hóa tiên tiến, giữ gìn được bản sắc dân tộc",
                "Các dân tộc bình đẳng, đoàn kết, giúp nhau cùng tiến bộ",
                "Đóng cửa, không quan hệ với các nước khác",
            ],
            {0, 1, 2},
            "Xã hội ta xây dựng do nhân dân làm chủ, có văn hóa tiên tiến, các dân tộc bình đẳng, đoàn kết và có quan "
            "hệ hữu nghị, hợp tác với các nước trên thế giới.",
        ),
        multiple(
            "NT-B2-04",
            HARD,
            "Những thành phần kinh tế nào được nhắc đến trong nền kinh tế nhiều thành phần của nước ta?",
            [
                "Kinh tế nhà nước",
                "Kinh tế tập thể",
                "Kinh tế tư nhân",
                "Kinh tế có vốn đầu tư nước ngoài",
                "Kinh tế hoạt động ngoài pháp luật",
            ],
            {0, 1, 2, 3},
            "Kinh tế nhà nước giữ vai trò chủ đạo, bên cạnh kinh tế tập thể, tư nhân và có vốn đầu tư nước ngoài. "
            "Chỉ các thành phần hoạt động đúng pháp luật mới bình đẳng, cạnh tranh lành mạnh.",
        ),
        true_false(
            "NT-B2-05",
            EASY,
            "Thời kỳ quá độ lên chủ nghĩa xã hội ở nước ta là một quá trình lâu dài, phải đi qua nhiều chặng.",
            True,
            "Đúng. Không thể nóng vội, cũng không thể đứng yên, giống như vừa chạy máy vừa cải tiến dây chuyền.",
        ),
        true_false(
            "NT-B2-06",
            MEDIUM,
            "Làm việc cho doanh nghiệp có vốn đầu tư nước ngoài thì không góp phần xây dựng đất nước.",
            False,
            "Sai. Các thành phần kinh tế hoạt động đúng pháp luật đều bình đẳng; làm việc ở doanh nghiệp tư nhân hay "
            "có vốn nước ngoài cũng là góp sức cho đất nước.",
        ),
        short(
            "NT-B2-07",
            MEDIUM,
            "Cương lĩnh đề ra bao nhiêu phương hướng cơ bản để phát triển đất nước? (ghi bằng số)",
            ["8", "tám", "8 phương hướng", "tám phương hướng"],
            "Cương lĩnh có tám phương hướng cơ bản, đứng đầu là đẩy mạnh công nghiệp hóa, hiện đại hóa.",
        ),
        single(
            "NT-B2-08",
            HARD,
            "Một công nhân học thêm kỹ năng và đề xuất sáng kiến giúp chuyền chạy trơn tru hơn. Việc làm đó gắn trực "
            "tiếp nhất với phương hướng nào của Cương lĩnh?",
            [
                "Đẩy mạnh công nghiệp hóa, hiện đại hóa",
                "Đối ngoại độc lập, tự chủ, hòa bình, hợp tác",
                "Giữ vững quốc phòng, an ninh",
                "Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa",
            ],
            0,
            "Công nghiệp hóa, hiện đại hóa cần người lao động có tay nghề, có kỷ luật và làm chủ được máy móc mới; "
            "mỗi sáng kiến nhỏ góp phần thực hiện phương hướng này.",
        ),
    ],
    "bai-3-dieu-le-dang": [
        single(
            "NT-B3-01",
            EASY,
            "Người được xem xét kết nạp vào Đảng phải là công dân Việt Nam từ đủ bao nhiêu tuổi trở lên?",
            ["16 tuổi", "18 tuổi", "21 tuổi", "25 tuổi"],
            1,
            "Điều lệ quy định người vào Đảng từ đủ 18 tuổi trở lên, tự nguyện thực hiện Cương lĩnh và Điều lệ, là "
            "người ưu tú và được quần chúng tín nhiệm.",
        ),
        single(
            "NT-B3-02",
            MEDIUM,
            "Cơ quan lãnh đạo cao nhất của Đảng là gì?",
            ["Ban Chấp hành Trung ương", "Đại hội đại biểu toàn quốc", "Bộ Chính trị", "Chi bộ"],
            1,
            "Đại hội đại biểu toàn quốc là cơ quan lãnh đạo cao nhất; giữa hai kỳ đại hội, Ban Chấp hành Trung ương "
            "lãnh đạo.",
        ),
        multiple(
            "NT-B3-03",
            MEDIUM,
            "Đảng viên chính thức vi phạm kỷ luật có thể bị xử lý bằng những hình thức nào?",
            ["Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ", "Phạt tiền"],
            {0, 1, 2, 3},
            "Bốn hình thức kỷ luật đảng viên chính thức là khiển trách, cảnh cáo, cách chức, khai trừ. Phạt tiền "
            "không phải hình thức kỷ luật của Đảng; vi phạm pháp luật thì vẫn bị xử lý như mọi công dân.",
        ),
        multiple(
            "NT-B3-04",
            HARD,
            "Đảng viên dự bị KHÔNG có những quyền nào dưới đây?",
            [
                "Biểu quyết",
                "Ứng cử vào cơ quan lãnh đạo của Đảng",
                "Bầu cử cơ quan lãnh đạo của Đảng",
                "Được thông tin và thảo luận các vấn đề của Đảng",
                "Phê bình, chất vấn, kiến nghị với tổ chức đảng",
            ],
            {0, 1, 2},
            "Đảng viên dự bị có các quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử cơ quan "
            "lãnh đạo của Đảng.",
        ),
        true_false(
            "NT-B3-05",
            EASY,
            "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.",
            True,
            "Đúng. Chi bộ là nơi trực tiếp quản lý, giáo dục đảng viên và sinh hoạt thường kỳ hằng tháng.",
        ),
        true_false(
            "NT-B3-06",
            HARD,
            "Đảng viên có ý kiến khác với nghị quyết đã biểu quyết thì được quyền không thi hành nghị quyết đó.",
            False,
            "Sai. Theo nguyên tắc tập trung dân chủ, ý kiến khác được bảo lưu và báo cáo lên cấp trên, nhưng vẫn "
            "phải chấp hành nghị quyết.",
        ),
        short(
            "NT-B3-07",
            MEDIUM,
            "Người mới được kết nạp vào Đảng phải trải qua thời gian dự bị bao nhiêu tháng? (ghi bằng số)",
            ["12", "12 tháng", "mười hai", "mười hai tháng"],
            "Thời gian dự bị là 12 tháng, có đảng viên chính thức được phân công giúp đỡ.",
        ),
        short(
            "NT-B3-08",
            HARD,
            "Nguyên tắc tổ chức cơ bản của Đảng là nguyên tắc gì? (ghi bốn chữ)",
            ["tập trung dân chủ", "nguyên tắc tập trung dân chủ"],
            "Tập trung dân chủ: mọi người được bàn bạc, nêu ý kiến; khi đã biểu quyết thì thống nhất hành động theo "
            "quyết định chung.",
        ),
    ],
    "bai-4-hoc-tap-va-lam-theo-bac": [
        single(
            "NT-B4-01",
            EASY,
            "Trong năm chữ đạo đức Bác Hồ dạy, chữ “kiệm” gần nhất với việc nào trên chuyền?",
            [
                "Tiết kiệm vật tư, điện, nước và thời gian",
                "Không nhận quà để làm sai quy định",
                "Thẳng thắn nhận lỗi và sửa",
                "Đặt việc chung lên trên lợi ích riêng",
            ],
            0,
            "Kiệm là tiết kiệm vật tư, điện, nước, thời gian của mình và của người khác. Các ý còn lại ứng với liêm, "
            "chính và chí công vô tư.",
        ),
        single(
            "NT-B4-02",
            HARD,
            "Điểm nổi bật nhất của phong cách Hồ Chí Minh được nêu trong bài là gì?",
            [
                "Nói đi đôi với làm, tự mình nêu gương trước",
                "Nói thật nhiều để mọi người nhớ",
                "Chỉ giao việc, không trực tiếp làm",
                "Làm việc theo cảm hứng",
            ],
            0,
            "Phong cách của Bác dân chủ, khoa học, giản dị, gần dân; nổi bật nhất là nói đi đôi với làm và nêu "
            "gương trước. “Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.”",
        ),
        multiple(
            "NT-B4-03",
            EASY,
            "Những việc nào là cách làm theo Bác của người công nhân ở nhà máy?",
            [
                "Đi làm đúng giờ, bàn giao ca rõ ràng",
                "Phát hiện hàng lỗi thì báo ngay, không giấu",
                "Kèm cặp công nhân mới thao tác an toàn",
                "Giấu hàng lỗi để tổ không bị trừ điểm thi đua",
            ],
            {0, 1, 2},
            "Làm theo Bác bằng những việc nhỏ, cụ thể, đều đặn. Giấu hàng lỗi là thiếu trung thực, trái với chữ chính.",
        ),
        multiple(
            "NT-B4-04",
            HARD,
            "Những ý nào thuộc cốt lõi của tư tưởng Hồ Chí Minh được nêu trong bài?",
            [
                "Độc lập dân tộc gắn liền với chủ nghĩa xã hội",
                "Dân là gốc; mọi việc phải vì lợi ích của nhân dân",
                "Đoàn kết là sức mạnh",
                "Cán bộ, đảng viên được hưởng đặc quyền hơn người dân",
            ],
            {0, 1, 2},
            "Theo tư tưởng Hồ Chí Minh, cán bộ, đảng viên là người phục vụ nhân dân, phải trong sạch, gương mẫu, "
            "không có đặc quyền.",
        ),
        true_false(
            "NT-B4-05",
            EASY,
            "Học tập và làm theo Bác chỉ dành cho cán bộ lãnh đạo.",
            False,
            "Sai. Học Bác không chỉ dành cho cán bộ; công nhân có thể bắt đầu từ cách làm việc trên chuyền, cách cư "
            "xử với đồng nghiệp và cách sống ở khu nhà trọ.",
        ),
        true_false(
            "NT-B4-06",
            MEDIUM,
            "Cùng với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh là nền tảng tư tưởng và kim chỉ nam cho hành động "
            "của Đảng.",
            True,
            "Đúng. Tư tưởng Hồ Chí Minh là hệ thống quan điểm toàn diện về những vấn đề cơ bản của cách mạng Việt Nam.",
        ),
        short(
            "NT-B4-07",
            MEDIUM,
            "Điền chữ còn thiếu trong chuẩn mực đạo đức Bác Hồ dạy: cần, kiệm, liêm, …, chí công vô tư.",
            ["chính"],
            "Cần, kiệm, liêm, chính, chí công vô tư. “Chính” là thẳng thắn, trung thực, làm sai thì nhận và sửa.",
        ),
        single(
            "NT-B4-08",
            MEDIUM,
            "Một tổ trưởng nhận quà để xếp người quen vào ca có phụ cấp cao dù chưa đến lượt. Việc đó trái trực tiếp "
            "với chữ nào?",
            ["Cần", "Kiệm", "Liêm"],
            2,
            "Liêm là không lấy của công, không nhận quà để làm sai quy định.",
        ),
    ],
    "bai-5-phan-dau-tro-thanh-dang-vien": [
        single(
            "NT-B5-01",
            EASY,
            "So với người lao động khác, người đảng viên thì thế nào?",
            [
                "Gánh thêm trách nhiệm và phải gương mẫu hơn",
                "Có thêm đặc quyền",
                "Được ưu tiên tăng lương",
                "Không cần chấp hành nội quy công ty",
            ],
            0,
            "Vào Đảng là để cống hiến nhiều hơn; đảng viên gánh thêm trách nhiệm, không có thêm đặc quyền.",
        ),
        single(
            "NT-B5-02",
            MEDIUM,
            "Người xin vào Đảng cần có người giới thiệu như thế nào?",
            [
                "Hai đảng viên chính thức, hoặc một đảng viên chính thức cùng Đoàn thanh niên hay công đoàn cơ sở",
                "Chỉ cần giám đốc doanh nghiệp giới thiệu",
                "Một đảng viên dự bị",
                "Không cần người giới thiệu",
            ],
            0,
            "Người giới thiệu theo quy định là hai đảng viên chính thức, hoặc một đảng viên chính thức cùng tổ chức "
            "Đoàn thanh niên hay công đoàn cơ sở.",
        ),
        multiple(
            "NT-B5-03",
            MEDIUM,
            "Những giấy tờ nào nằm trong hồ sơ xin vào Đảng?",
            [
                "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng",
                "Đơn tự nguyện xin vào Đảng",
                "Lý lịch khai trung thực, đầy đủ",
                "Bảng lương ba tháng gần nhất",
            ],
            {0, 1, 2},
            "Hồ sơ gồm đơn, lý lịch, giấy chứng nhận học lớp bồi dưỡng và ý kiến giới thiệu; mức lương không phải "
            "điều kiện vào Đảng.",
        ),
        multiple(
            "NT-B5-04",
            HARD,
            "Một công nhân ở trọ muốn phấn đấu vào Đảng. Những việc nào nên làm ở nơi ở?",
            [
                "Đăng ký tạm trú đúng quy định",
                "Giữ trật tự, vệ sinh khu trọ",
                "Tham gia hoạt động chung của tổ dân phố",
                "Không cần quan tâm vì nơi ở không liên quan đến việc kết nạp",
            ],
            {0, 1, 2},
            "Tổ chức đảng lấy ý kiến nhận xét cả ở nơi cư trú, nên người phấn đấu phải gương mẫu ở nơi ở như ở nơi "
            "làm việc.",
        ),
        true_false(
            "NT-B5-05",
            EASY,
            "Ở doanh nghiệp chưa có tổ chức đảng, người lao động có thể hỏi ban chấp hành công đoàn cơ sở hoặc Đoàn "
            "thanh niên để được hướng dẫn phấn đấu vào Đảng.",
            True,
            "Đúng. Nhiều doanh nghiệp ở khu công nghiệp chưa có tổ chức đảng; công đoàn và Đoàn thanh niên sẽ hướng "
            "dẫn.",
        ),
        true_false(
            "NT-B5-06",
            HARD,
            "Sau lễ kết nạp, người được kết nạp trở thành đảng viên chính thức ngay.",
            False,
            "Sai. Sau lễ kết nạp là đảng viên dự bị; hết 12 tháng dự bị, chi bộ mới xét đề nghị công nhận đảng viên "
            "chính thức.",
        ),
        short(
            "NT-B5-07",
            MEDIUM,
            "Sau lễ kết nạp, người mới vào Đảng là đảng viên gì? (ghi hai chữ)",
            ["dự bị", "đảng viên dự bị"],
            "Người mới được kết nạp là đảng viên dự bị trong 12 tháng.",
        ),
        single(
            "NT-B5-08",
            HARD,
            "Tổ nhận một đơn hàng gấp, cần người làm công đoạn khó. Người đang phấn đấu vào Đảng nên làm gì?",
            [
                "Xung phong nhận việc và rủ đồng nghiệp cùng làm",
                "Tìm lý do để tránh",
                "Chỉ nhận khi được hứa thưởng riêng",
                "Đẩy việc cho công nhân mới",
            ],
            0,
            "Khi có việc khó, người phấn đấu xung phong chứ không né tránh; đó là cách chứng tỏ mình bằng việc làm.",
        ),
    ],
}

# Lớp bồi dưỡng đảng viên mới: 4 câu mỗi bài, mỗi câu một loại.
NEW_MEMBER = {
    "bai-1-nen-tang-tu-tuong-cua-dang": [
        single(
            "DV-B1-01",
            EASY,
            "Chủ nghĩa Mác - Lênin gồm ba bộ phận chính nào?",
            [
                "Triết học, kinh tế chính trị, chủ nghĩa xã hội khoa học",
                "Lịch sử, địa lý, văn học",
                "Quản trị, tài chính, tiếp thị",
            ],
            0,
            "Ba bộ phận là triết học, kinh tế chính trị và chủ nghĩa xã hội khoa học.",
        ),
        multiple(
            "DV-B1-02",
            MEDIUM,
            "Những việc nào thể hiện đảng viên mới vận dụng lý luận vào công việc hằng ngày?",
            [
                "Khi chuyền gặp sự cố, cùng mọi người tìm nguyên nhân thay vì đổ lỗi",
                "Chia sẻ kinh nghiệm với công nhân mới",
                "Giải thích chủ trương, pháp luật cho đồng nghiệp bằng lời lẽ dễ hiểu",
                "Học thuộc lòng thật nhiều để đọc lại trong buổi họp",
            ],
            {0, 1, 2},
            "Học lý luận không phải để thuộc lòng mà để làm việc và sống tốt hơn.",
        ),
        true_false(
            "DV-B1-03",
            MEDIUM,
            "Đảng là đội tiên phong của giai cấp công nhân, đồng thời của nhân dân lao động và của cả dân tộc.",
            True,
            "Đúng. Giai cấp công nhân gắn với nền sản xuất hiện đại, có tính tổ chức và kỷ luật cao.",
        ),
        short(
            "DV-B1-04",
            HARD,
            "Học thuyết do C. Mác và Ph. Ăngghen sáng lập được ai bảo vệ và phát triển? (ghi tên)",
            ["Lênin", "V.I. Lênin", "V. I. Lênin", "Lê-nin"],
            "V.I. Lênin bảo vệ và phát triển học thuyết, nên gọi là chủ nghĩa Mác - Lênin.",
        ),
    ],
    "bai-2-doc-lap-dan-toc-gan-lien-voi-chu-nghia-xa-hoi": [
        single(
            "DV-B2-01",
            EASY,
            "Đảng ta chọn con đường độc lập dân tộc gắn liền với chủ nghĩa xã hội từ khi nào?",
            ["Ngay từ khi ra đời năm 1930", "Từ năm 1986", "Từ năm 2011"],
            0,
            "Mục tiêu này có từ Cương lĩnh chính trị đầu tiên năm 1930 và được khẳng định nhất quán về sau.",
        ),
        multiple(
            "DV-B2-02",
            MEDIUM,
            "Với người công nhân, những điều nào thể hiện mục tiêu dân giàu, công bằng, dân chủ, văn minh ở nơi làm "
            "việc?",
            [
                "Việc làm ổn định, tiền lương đủ sống",
                "Được trả lương đúng, hưởng chế độ đúng luật",
                "Được nói lên ý kiến qua công đoàn, qua đối thoại",
                "Tăng ca không giới hạn, không cần bảo hộ lao động",
            ],
            {0, 1, 2},
            "Văn minh là môi trường làm việc an toàn, mọi người tôn trọng nhau; làm việc không bảo hộ là trái "
            "với mục tiêu đó.",
        ),
        true_false(
            "DV-B2-03",
            HARD,
            "Khi nước đã độc lập thì không cần xây dựng chủ nghĩa xã hội nữa.",
            False,
            "Sai. Độc lập mà dân vẫn đói nghèo thì chưa trọn vẹn; xây dựng chủ nghĩa xã hội lại là cơ sở vững chắc để "
            "giữ độc lập lâu dài.",
        ),
        short(
            "DV-B2-04",
            MEDIUM,
            "Điền từ còn thiếu vào mục tiêu chung: dân giàu, nước mạnh, dân chủ, công bằng, …",
            ["văn minh"],
            "Mục tiêu chung: dân giàu, nước mạnh, dân chủ, công bằng, văn minh.",
        ),
    ],
    "bai-3-dai-doan-ket-dan-chu-nha-nuoc-phap-quyen": [
        single(
            "DV-B3-01",
            MEDIUM,
            "Tổ chức nào là nơi tập hợp mọi tầng lớp nhân dân trong khối đại đoàn kết toàn dân tộc?",
            [
                "Mặt trận Tổ quốc Việt Nam và các đoàn thể",
                "Hội đồng quản trị của doanh nghiệp",
                "Các nhóm đồng hương tự phát",
            ],
            0,
            "Mặt trận Tổ quốc Việt Nam và các đoàn thể, trong đó có công đoàn, là nơi tập hợp mọi tầng lớp nhân dân.",
        ),
        multiple(
            "DV-B3-02",
            MEDIUM,
            "Trong doanh nghiệp, dân chủ được thực hiện qua những hình thức nào?",
            [
                "Đối thoại định kỳ giữa người sử dụng lao động và người lao động",
                "Hội nghị người lao động",
                "Thương lượng, ký thỏa ước lao động tập thể",
                "Tự ý ngừng việc khi chưa đối thoại",
            ],
            {0, 1, 2},
            "Dân chủ đi đôi với kỷ cương và được thực hiện trong khuôn khổ pháp luật, qua đối thoại và thương lượng.",
        ),
        true_false(
            "DV-B3-03",
            EASY,
            "Hiến pháp và pháp luật giữ vị trí tối thượng; tổ chức đảng và đảng viên cũng phải tuân theo.",
            True,
            "Đúng. Mọi tổ chức, cá nhân, kể cả tổ chức đảng và đảng viên, đều phải tuân theo Hiến pháp và pháp luật.",
        ),
        short(
            "DV-B3-04",
            HARD,
            "Điền từ còn thiếu: dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân …",
            ["thụ hưởng"],
            "Tinh thần cốt lõi của dân chủ: dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
        ),
    ],
    "bai-4-phat-trien-kinh-te-xa-hoi": [
        single(
            "DV-B4-01",
            MEDIUM,
            "Phát triển kinh tế được xác định là nhiệm vụ gì?",
            ["Nhiệm vụ trung tâm", "Nhiệm vụ then chốt", "Nền tảng tinh thần", "Nhiệm vụ trọng yếu, thường xuyên"],
            0,
            "Phát triển kinh tế là nhiệm vụ trung tâm; xây dựng Đảng là then chốt; văn hóa là nền tảng tinh thần; "
            "quốc phòng, an ninh là trọng yếu, thường xuyên.",
        ),
        multiple(
            "DV-B4-02",
            HARD,
            "Đảng viên có thể đi đầu trong những việc nào trên chuyền để nâng năng suất?",
            [
                "Tham gia phong trào sáng kiến, cải tiến kỹ thuật",
                "Làm tốt 5S: sàng lọc, sắp xếp, sạch sẽ, săn sóc, sẵn sàng",
                "Giảm hàng lỗi, giảm lãng phí nguyên liệu",
                "Bỏ qua quy trình an toàn cho nhanh",
            ],
            {0, 1, 2},
            "Năng suất tăng bền vững nhờ tay nghề, công nghệ và tổ chức sản xuất hợp lý, không phải bằng cách bỏ qua "
            "an toàn.",
        ),
        true_false(
            "DV-B4-03",
            MEDIUM,
            "Kinh tế tư nhân là một động lực quan trọng của nền kinh tế nước ta.",
            True,
            "Đúng. Kinh tế nhà nước giữ vai trò chủ đạo, kinh tế tư nhân là một động lực quan trọng.",
        ),
        short(
            "DV-B4-04",
            EASY,
            "Người lao động tra cứu quá trình đóng bảo hiểm xã hội của mình trên ứng dụng nào? (ghi tên ứng dụng)",
            ["VssID"],
            "Ứng dụng VssID của bảo hiểm xã hội giúp xem quá trình đóng bảo hiểm và phát hiện doanh nghiệp chậm đóng.",
        ),
    ],
    "bai-5-giao-duc-khoa-hoc-van-hoa-moi-truong": [
        short(
            "DV-B5-01",
            MEDIUM,
            "Giáo dục và đào tạo cùng với khoa học và công nghệ được Đảng xác định là gì? (ghi bốn chữ)",
            ["quốc sách hàng đầu", "là quốc sách hàng đầu"],
            "Giáo dục, đào tạo và khoa học, công nghệ là quốc sách hàng đầu.",
        ),
        single(
            "DV-B5-02",
            HARD,
            "Việt Nam cam kết đưa mức phát thải ròng khí nhà kính về “0” vào năm nào?",
            ["2030", "2045", "2050", "2070"],
            2,
            "Việt Nam cam kết phát thải ròng bằng “0” vào năm 2050; doanh nghiệp xuất khẩu cũng phải đáp ứng tiêu "
            "chuẩn xanh.",
        ),
        multiple(
            "DV-B5-03",
            EASY,
            "Những việc nào giúp bảo vệ môi trường tại xưởng?",
            [
                "Phân loại rác tại nguồn",
                "Tắt máy, tắt đèn khi không dùng",
                "Dùng hóa chất đúng hướng dẫn",
                "Đổ dầu thải xuống cống cho nhanh",
            ],
            {0, 1, 2},
            "Mỗi công nhân góp phần bằng việc cụ thể; đổ dầu thải bừa bãi gây ô nhiễm và vi phạm pháp luật.",
        ),
        true_false(
            "DV-B5-04",
            HARD,
            "Có thể đánh đổi môi trường để kinh tế tăng trưởng nhanh hơn.",
            False,
            "Sai. Đảng chủ trương không đánh đổi môi trường để lấy tăng trưởng kinh tế.",
        ),
    ],
    "bai-6-quoc-phong-an-ninh": [
        single(
            "DV-B6-01",
            MEDIUM,
            "Ba bước nên làm trước khi chia sẻ một tin trên mạng là gì?",
            ["Dừng lại – Kiểm tra – Hỏi", "Đọc – Chia sẻ – Bình luận", "Chụp màn hình – Gửi nhóm – Xóa"],
            0,
            "Dừng lại, kiểm tra nguồn tin chính thống, hỏi chi bộ hoặc công đoàn khi còn nghi ngờ.",
        ),
        multiple(
            "DV-B6-02",
            HARD,
            "Những thách thức an ninh mới nào được nêu trong bài?",
            [
                "Tội phạm mạng",
                "Lừa đảo qua điện thoại",
                "Tín dụng đen",
                "Tin sai sự thật trên mạng xã hội",
                "Phong trào thi đua lao động giỏi",
            ],
            {0, 1, 2, 3},
            "Bên cạnh nguy cơ quân sự còn tội phạm mạng, lừa đảo, tín dụng đen, ma túy, tin giả. Thi đua lao động giỏi "
            "là phong trào tốt.",
        ),
        true_false(
            "DV-B6-03",
            EASY,
            "Bảo vệ Tổ quốc chỉ là việc của bộ đội và công an, công nhân không cần tham gia.",
            False,
            "Sai. Bảo vệ Tổ quốc là sự nghiệp của toàn dân; công nhân góp phần qua tự vệ, phòng cháy, chữa cháy và giữ "
            "trật tự nơi làm việc.",
        ),
        short(
            "DV-B6-04",
            MEDIUM,
            "Điền từ còn thiếu: Đảng chủ trương bảo vệ Tổ quốc từ sớm, từ …",
            ["xa"],
            "Bảo vệ Tổ quốc từ sớm, từ xa là chủ động phòng ngừa nguy cơ ngay từ khi chưa xuất hiện.",
        ),
    ],
    "bai-7-doi-ngoai-va-hoi-nhap-quoc-te": [
        single(
            "DV-B7-01",
            EASY,
            "Cách làm đối ngoại của Việt Nam thường được ví với hình ảnh nào?",
            [
                "Cây tre: gốc vững, thân chắc, cành uyển chuyển",
                "Hòn đá: cứng rắn, không thay đổi",
                "Cánh diều: bay theo gió",
            ],
            0,
            "Như cây tre: kiên định về mục tiêu, nguyên tắc nhưng mềm dẻo, linh hoạt về cách làm.",
        ),
        multiple(
            "DV-B7-02",
            HARD,
            "Chính sách quốc phòng “bốn không” gồm những điều nào?",
            [
                "Không tham gia liên minh quân sự",
                "Không đi với nước này để chống nước kia",
                "Không để nước ngoài đặt căn cứ quân sự hay dùng lãnh thổ nước ta chống nước khác",
                "Không dùng vũ lực hoặc đe dọa dùng vũ lực trong quan hệ quốc tế",
                "Không buôn bán với nước ngoài",
            ],
            {0, 1, 2, 3},
            "Chính sách “bốn không” thể hiện đường lối hòa bình, tự vệ; nước ta vẫn mở rộng thương mại với các nước.",
        ),
        true_false(
            "DV-B7-03",
            EASY,
            "Đối ngoại có ba trụ cột: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
            True,
            "Đúng. Mỗi công nhân làm việc tận tụy, cư xử văn minh cũng góp phần vào đối ngoại nhân dân.",
        ),
        short(
            "DV-B7-04",
            MEDIUM,
            "Tổ chức Thương mại thế giới, nơi Việt Nam là thành viên, được viết tắt bằng ba chữ cái nào?",
            ["WTO"],
            "WTO là Tổ chức Thương mại thế giới; Việt Nam còn là thành viên ASEAN và tham gia nhiều hiệp định "
            "thương mại tự do.",
        ),
    ],
    "bai-8-to-chuc-cua-dang-va-to-chuc-co-so-dang": [
        single(
            "DV-B8-01",
            MEDIUM,
            "Doanh nghiệp có từ bao nhiêu đảng viên chính thức trở lên thì lập tổ chức đảng?",
            ["2", "3", "5", "10"],
            1,
            "Nơi có từ ba đảng viên chính thức trở lên thì lập tổ chức đảng: chi bộ cơ sở hoặc đảng bộ cơ sở.",
        ),
        multiple(
            "DV-B8-02",
            HARD,
            "Ở doanh nghiệp có vốn nước ngoài, chi bộ làm những việc chính nào?",
            [
                "Lãnh đạo công đoàn, Đoàn thanh niên",
                "Vận động người lao động và chủ doanh nghiệp chấp hành pháp luật",
                "Phát hiện, bồi dưỡng quần chúng ưu tú để kết nạp vào Đảng",
                "Thay chủ doanh nghiệp điều hành sản xuất",
            ],
            {0, 1, 2},
            "Tổ chức đảng tôn trọng quyền quản lý, điều hành hợp pháp của chủ doanh nghiệp.",
        ),
        true_false(
            "DV-B8-03",
            EASY,
            "Khi chuyển chỗ làm, đảng viên phải làm thủ tục chuyển sinh hoạt đảng, không để gián đoạn.",
            True,
            "Đúng. Đảng viên giữ mối liên hệ với tổ chức đảng, không để gián đoạn sinh hoạt.",
        ),
        short(
            "DV-B8-04",
            MEDIUM,
            "Cơ quan lãnh đạo cao nhất của Đảng, thường năm năm họp một lần, là gì?",
            ["Đại hội đại biểu toàn quốc", "Đại hội đại biểu toàn quốc của Đảng", "Đại hội Đảng toàn quốc"],
            "Đại hội đại biểu toàn quốc là cơ quan lãnh đạo cao nhất; giữa hai kỳ đại hội là Ban Chấp hành Trung ương.",
        ),
    ],
    "bai-9-xay-dung-chinh-don-dang": [
        single(
            "DV-B9-01",
            EASY,
            "Bác Hồ ví tự phê bình và phê bình như gì?",
            [
                "Vũ khí sắc bén giúp Đảng tự làm trong sạch",
                "Thủ tục cho có trong buổi họp",
                "Dịp để trả đũa chuyện cá nhân",
            ],
            0,
            "Tự phê bình và phê bình là vũ khí sắc bén; phê bình phải thẳng thắn, có lý có tình, không công kích cá "
            "nhân.",
        ),
        multiple(
            "DV-B9-02",
            MEDIUM,
            "Xây dựng, chỉnh đốn Đảng được tiến hành toàn diện về những mặt nào?",
            ["Chính trị", "Tư tưởng", "Đạo đức", "Tổ chức và cán bộ", "Thu nhập riêng của từng đảng viên"],
            {0, 1, 2, 3},
            "Xây dựng Đảng toàn diện về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ.",
        ),
        true_false(
            "DV-B9-03",
            HARD,
            "Trong xử lý vi phạm của tổ chức đảng và đảng viên, vẫn có những trường hợp được coi là vùng cấm.",
            False,
            "Sai. Ai vi phạm đều bị xử lý nghiêm, không có vùng cấm, không có ngoại lệ.",
        ),
        short(
            "DV-B9-04",
            MEDIUM,
            "Góp ý phê bình đúng cách theo ba bước: sự việc – ảnh hưởng – … (điền từ còn thiếu)",
            ["đề xuất"],
            "Nêu sự việc cụ thể, chỉ ra ảnh hưởng và đề xuất cách sửa, không quy chụp.",
        ),
    ],
    "bai-10-ren-luyen-phan-dau-tro-thanh-dang-vien-xung-dang": [
        single(
            "DV-B10-01",
            MEDIUM,
            "Khi hết 12 tháng dự bị, ai viết bản tự kiểm điểm?",
            ["Đảng viên dự bị", "Chủ doanh nghiệp", "Tổ trưởng sản xuất"],
            0,
            "Đảng viên dự bị tự kiểm điểm; đảng viên được phân công giúp đỡ nhận xét bằng văn bản; chi bộ họp xét.",
        ),
        multiple(
            "DV-B10-02",
            MEDIUM,
            "Khi xét công nhận đảng viên chính thức, chi bộ dựa vào ý kiến của những ai?",
            [
                "Đoàn thể nơi đảng viên làm việc",
                "Chi ủy nơi cư trú",
                "Đảng viên được phân công giúp đỡ (nhận xét bằng văn bản)",
                "Khách hàng của doanh nghiệp",
            ],
            {0, 1, 2},
            "Ý kiến của đoàn thể nơi làm việc, chi ủy nơi cư trú và người giúp đỡ là căn cứ quan trọng khi xét.",
        ),
        true_false(
            "DV-B10-03",
            EASY,
            "Hoàn thành lớp bồi dưỡng đảng viên mới và được cấp giấy chứng nhận là một điều kiện để xét chuyển "
            "đảng viên chính thức.",
            True,
            "Đúng. Hãy giữ giấy chứng nhận cẩn thận và nộp cho chi bộ khi làm hồ sơ.",
        ),
        short(
            "DV-B10-04",
            HARD,
            "Nhiệm vụ của đảng viên được tóm gọn thành mấy nhóm? (ghi bằng số)",
            ["4", "bốn", "4 nhóm", "bốn nhóm"],
            "Bốn nhóm: trung thành và gương mẫu; học tập, rèn luyện; gắn bó với quần chúng; tham gia xây dựng Đảng.",
        ),
    ],
}

BANKS = ((content_awareness, AWARENESS), (content_new_member, NEW_MEMBER))


@transaction.atomic
def load_questions() -> dict[str, int]:
    """Write the demo question banks of the demo lessons (load the curriculum first). Idempotent by question
    code: a question is created once and changed only when its text here changed. Lessons that are not there are
    skipped. Returns how many questions were created, updated and left unchanged."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for content, banks in BANKS:
        course = CoursePage.objects.filter(slug=content.COURSE["slug"]).first()
        if course is None:
            continue
        for slug, questions in banks.items():
            module = ModulePage.objects.child_of(course).filter(slug=slug).first()
            if module is None:
                continue
            bank = bank_ensure(actor=None, module=module)
            existing = {q.reference: q for q in bank.questions.prefetch_related("choices") if q.reference}
            for data in questions:
                question = existing.get(data.reference)
                if question is None:
                    question_create(actor=None, bank=bank, data=data)
                    counts["created"] += 1
                elif question_changes(question=question, data=data):
                    question_update(actor=None, question=question, data=data)
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
    return counts
