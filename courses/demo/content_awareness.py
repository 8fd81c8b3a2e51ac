"""Nội dung mẫu: Lớp bồi dưỡng nhận thức về Đảng (dành cho công nhân khu công nghiệp).

Nội dung được biên soạn mới, tóm tắt bằng lời văn riêng, không sao chép giáo trình.
"""

COURSE = {
    "title": "Lớp bồi dưỡng nhận thức về Đảng",
    "slug": "lop-boi-duong-nhan-thuc-ve-dang",
    "summary": (
        "Năm bài học ngắn gọn, dễ hiểu về lịch sử Đảng, Cương lĩnh, Điều lệ Đảng, "
        "việc học tập và làm theo Bác, và con đường phấn đấu trở thành đảng viên. "
        "Có thể học trực tuyến theo lịch ca, kết hợp với các buổi học trên lớp."
    ),
    "audience": (
        "Quần chúng ưu tú là công nhân, người lao động trong các doanh nghiệp ở khu công nghiệp, "
        "đang được tổ chức đảng, công đoàn cơ sở hoặc Đoàn thanh niên giới thiệu học tập "
        "để chuẩn bị phấn đấu vào Đảng."
    ),
}

LESSONS = [
    # ------------------------------------------------------------------
    # Bài 1
    # ------------------------------------------------------------------
    {
        "slug": "bai-1-khai-quat-lich-su-dang",
        "title": "Khái quát lịch sử Đảng Cộng sản Việt Nam",
        "order": 1,
        "delivery_mode": "online",
        "periods": 5,
        "online_minutes": 45,
        "summary": (
            "Những mốc chính trên chặng đường gần một thế kỷ Đảng lãnh đạo dân tộc: "
            "từ ngày thành lập năm 1930 đến công cuộc đổi mới và hội nhập."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được hoàn cảnh và ý nghĩa sự ra đời của Đảng ngày 3/2/1930.",
            "Sau bài học, học viên kể được các mốc lớn: 1945, 1954, 1975 và 1986.",
            "Sau bài học, học viên hiểu bài học về sự gắn bó giữa Đảng với nhân dân.",
            "Sau bài học, học viên liên hệ được thành quả đổi mới với cuộc sống ở khu công nghiệp.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Mỗi ngày bước vào ca làm việc, chúng ta đang sống trong một đất nước độc lập, "
                    "hòa bình và đang phát triển. Có được điều đó là nhờ gần một thế kỷ "
                    "đấu tranh và xây dựng dưới sự lãnh đạo của Đảng Cộng sản Việt Nam. Bài học này tóm tắt "
                    "những mốc chính của chặng đường ấy.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Đảng ra đời năm 1930", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Đầu thế kỷ XX, nước ta là thuộc địa của thực dân Pháp. Nhiều phong trào yêu nước "
                    "nổ ra nhưng đều thất bại vì chưa tìm được con đường đúng. Năm 1911, người thanh niên "
                    "Nguyễn Tất Thành, sau này là Chủ tịch Hồ Chí Minh, ra nước ngoài tìm đường cứu nước. "
                    "Người đến với chủ nghĩa Mác - Lênin và từng bước chuẩn bị về tư tưởng, tổ chức "
                    "để thành lập một chính đảng của giai cấp công nhân Việt Nam.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Cuối năm 1929, trong nước có các tổ chức cộng sản hoạt động riêng rẽ. "
                    "Ngày <b>3/2/1930</b>, lãnh tụ Nguyễn Ái Quốc chủ trì hội nghị hợp nhất các tổ chức này "
                    "thành <b>Đảng Cộng sản Việt Nam</b>. Hội nghị cũng thông qua Cương lĩnh chính trị đầu tiên "
                    "của Đảng. Từ đây, cách mạng nước ta có một tổ chức lãnh đạo thống nhất. Điều đáng nhớ "
                    "với người lao động: Đảng ra đời từ sự kết hợp chủ nghĩa Mác - Lênin với phong trào "
                    "công nhân và phong trào yêu nước.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Giành độc lập và thống nhất đất nước (1930–1975)", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Những năm đầu, Đảng lãnh đạo nhiều cao trào cách mạng dù bị đàn áp rất khốc liệt. "
                    "Năm 1941, Nguyễn Ái Quốc về nước, cùng Trung ương Đảng lập ra Mặt trận Việt Minh "
                    "để tập hợp mọi người Việt Nam yêu nước. Tháng 8/1945, nắm đúng thời cơ, Đảng lãnh đạo "
                    "toàn dân tổng khởi nghĩa giành chính quyền trong cả nước. Đó là <b>Cách mạng Tháng Tám</b>. "
                    "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập, khai sinh "
                    "nước Việt Nam Dân chủ Cộng hòa.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Sau đó, nhân dân ta phải tiếp tục chiến đấu lâu dài để giữ nền độc lập. "
                    "Cuộc kháng chiến chống thực dân Pháp kết thúc bằng chiến thắng Điện Biên Phủ (7/5/1954). "
                    "Đất nước tạm thời bị chia cắt hai miền. Cuộc kháng chiến chống Mỹ, cứu nước kéo dài "
                    "hơn 20 năm, khép lại bằng Chiến dịch Hồ Chí Minh ngày <b>30/4/1975</b>, giải phóng "
                    "hoàn toàn miền Nam. Năm 1976, nước ta thống nhất với tên gọi "
                    "Cộng hòa xã hội chủ nghĩa Việt Nam.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Đổi mới và hội nhập (từ 1986 đến nay)", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Sau chiến tranh, đất nước gặp rất nhiều khó khăn: hàng hóa khan hiếm, giá cả tăng "
                    "nhanh, đời sống thiếu thốn. Đại hội VI của Đảng (tháng 12/1986) đề ra đường lối "
                    "<b>đổi mới toàn diện</b>. Đảng nhìn thẳng vào khuyết điểm để sửa. Nền kinh tế chuyển "
                    "từ cơ chế bao cấp sang kinh tế thị trường định hướng xã hội chủ nghĩa, khuyến khích "
                    "nhiều thành phần kinh tế cùng phát triển.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhờ đổi mới, nước ta dần thoát khỏi khủng hoảng, đời sống người dân được cải thiện "
                    "rõ rệt. Việt Nam gia nhập ASEAN (1995), trở thành thành viên Tổ chức Thương mại "
                    "Thế giới (2007) và thu hút nhiều vốn đầu tư. Các khu công nghiệp nơi bạn đang làm việc "
                    "chính là một kết quả cụ thể của chính sách mở cửa. Mỗi sản phẩm rời khỏi dây chuyền "
                    "của bạn cũng góp một phần vào thành tựu chung.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Bài học lớn rút ra từ lịch sử: cách mạng thành công khi Đảng có đường lối đúng, "
                    "gắn bó với nhân dân và đoàn kết được toàn dân. Khi chủ quan hay xa dân, công việc "
                    "sẽ gặp khó khăn. Vì thế, Đảng coi trọng việc kết nạp "
                    "những người lao động ưu tú như các bạn.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {"text": "Không có gì quý hơn độc lập, tự do.", "source": "Chủ tịch Hồ Chí Minh"},
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Mẹo học cho người làm ca",
                    "text": (
                        "<p>Ghi 5 mốc 1930, 1945, 1954, 1975, 1986 lên một mẩu giấy nhỏ hoặc làm hình nền "
                        "điện thoại. Trong giờ nghỉ giữa ca, nhìn lại một lần và tự kể ngắn gọn mỗi mốc có "
                        "sự kiện gì. Học ít nhưng đều đặn mỗi ngày sẽ nhớ lâu hơn học dồn.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Ngày 3/2/1930, Đảng Cộng sản Việt Nam ra đời do Nguyễn Ái Quốc sáng lập.",
                        "Cách mạng Tháng Tám 1945 giành chính quyền; ngày 2/9/1945 nước Việt Nam Dân chủ "
                        "Cộng hòa ra đời.",
                        "Chiến thắng Điện Biên Phủ (1954) và ngày 30/4/1975 đưa đến thống nhất đất nước.",
                        "Đại hội VI (12/1986) mở ra công cuộc đổi mới, đưa đất nước phát triển và hội nhập.",
                        "Bài học xuyên suốt: đường lối đúng, gắn bó với nhân dân, đoàn kết toàn dân tộc.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Đảng Cộng sản Việt Nam được thành lập vào ngày nào?",
                    "choices": [
                        {"text": "3/2/1930", "is_correct": True},
                        {"text": "19/8/1945", "is_correct": False},
                        {"text": "2/9/1945", "is_correct": False},
                        {"text": "30/4/1975", "is_correct": False},
                    ],
                    "explanation": (
                        "Ngày 3/2/1930, hội nghị do Nguyễn Ái Quốc chủ trì đã hợp nhất các tổ chức cộng sản "
                        "thành Đảng Cộng sản Việt Nam."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Đường lối đổi mới toàn diện được đề ra tại Đại hội nào của Đảng?",
                    "choices": [
                        {"text": "Đại hội II (1951)", "is_correct": False},
                        {"text": "Đại hội IV (1976)", "is_correct": False},
                        {"text": "Đại hội VI (1986)", "is_correct": True},
                    ],
                    "explanation": (
                        "Đại hội VI họp tháng 12/1986 đã mở ra công cuộc đổi mới, chuyển nền kinh tế "
                        "từ cơ chế bao cấp sang kinh tế thị trường định hướng xã hội chủ nghĩa."
                    ),
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Bài 2
    # ------------------------------------------------------------------
    {
        "slug": "bai-2-cuong-linh-xay-dung-dat-nuoc",
        "title": "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội",
        "order": 2,
        "delivery_mode": "blended",
        "periods": 10,
        "online_minutes": 60,
        "summary": (
            "Cương lĩnh cho biết chúng ta xây dựng một xã hội như thế nào và đi tới đó bằng cách nào. "
            "Bài học tóm tắt mục tiêu, các phương hướng lớn và liên hệ với công việc của người công nhân."
        ),
        "objectives": [
            "Sau bài học, học viên biết Cương lĩnh được thông qua năm 1991 và bổ sung, phát triển năm 2011.",
            "Sau bài học, học viên nêu được mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh.",
            "Sau bài học, học viên kể được các phương hướng cơ bản để xây dựng đất nước.",
            "Sau bài học, học viên xác định được việc làm cụ thể của mình góp phần thực hiện Cương lĩnh.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Khi mới vào nhà máy, bạn được phổ biến nội quy và quy trình sản xuất để biết "
                    "việc gì cần làm, làm theo thứ tự nào. Với một đảng chính trị, văn bản định hướng "
                    "quan trọng nhất gọi là <b>cương lĩnh</b>. Cương lĩnh cho biết Đảng và nhân dân ta "
                    "muốn xây dựng một xã hội như thế nào và đi tới đó bằng những con đường nào.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Cương lĩnh ra đời và phát triển", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội được "
                    "Đại hội VII của Đảng thông qua năm 1991. Lúc đó, chế độ xã hội chủ nghĩa ở Đông Âu "
                    "đã sụp đổ, Liên Xô lâm vào khủng hoảng sâu sắc. "
                    "Cương lĩnh khẳng định nước ta kiên định con đường độc lập dân tộc gắn liền với "
                    "chủ nghĩa xã hội, đồng thời tiếp tục đổi mới.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Năm 2011, Đại hội XI đã bổ sung, phát triển Cương lĩnh cho phù hợp với tình hình "
                    "mới. Mọi đảng viên phải nắm vững và làm theo văn bản này.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Xã hội mà nhân dân ta xây dựng", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Mục tiêu chung được nêu bằng cụm từ quen thuộc: <b>dân giàu, nước mạnh, dân chủ, "
                    "công bằng, văn minh</b>. Nói gọn lại, đó là một xã hội có những đặc điểm sau:</p>"
                    "<ul>"
                    "<li>Nhân dân là người làm chủ đất nước.</li>"
                    "<li>Kinh tế phát triển cao, dựa trên nền sản xuất hiện đại và cách tổ chức "
                    "sản xuất tiến bộ, phù hợp.</li>"
                    "<li>Văn hóa tiên tiến, giữ gìn được bản sắc dân tộc.</li>"
                    "<li>Con người sống ấm no, tự do, hạnh phúc, có điều kiện phát triển toàn diện.</li>"
                    "<li>Các dân tộc trong nước bình đẳng, đoàn kết, giúp nhau cùng tiến bộ.</li>"
                    "<li>Có Nhà nước pháp quyền xã hội chủ nghĩa của nhân dân, do nhân dân, vì nhân dân, "
                    "do Đảng lãnh đạo.</li>"
                    "<li>Có quan hệ hữu nghị, hợp tác với các nước trên thế giới.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Thời kỳ quá độ lên chủ nghĩa xã hội ở nước ta là một quá trình lâu dài, khó khăn, "
                    "phải đi qua nhiều chặng. Không thể nóng vội, cũng không thể đứng yên. Giống như "
                    "nâng cấp một dây chuyền sản xuất: phải làm từng bước, vừa chạy máy vừa cải tiến, "
                    "không thể tháo hết ra rồi lắp lại trong một ngày.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Những phương hướng lớn để phát triển đất nước", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Để đạt mục tiêu, Cương lĩnh đề ra tám phương hướng cơ bản. "
                    "Có thể tóm tắt như sau:</p>"
                    "<ol>"
                    "<li>Đẩy mạnh công nghiệp hóa, hiện đại hóa, phát triển kinh tế tri thức, "
                    "bảo vệ tài nguyên và môi trường.</li>"
                    "<li>Phát triển nền kinh tế thị trường định hướng xã hội chủ nghĩa.</li>"
                    "<li>Xây dựng nền văn hóa tiên tiến, đậm đà bản sắc dân tộc; chăm lo con người, "
                    "nâng cao đời sống, thực hiện công bằng xã hội.</li>"
                    "<li>Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội.</li>"
                    "<li>Đối ngoại độc lập, tự chủ, hòa bình, hợp tác, chủ động hội nhập quốc tế.</li>"
                    "<li>Phát huy dân chủ xã hội chủ nghĩa, tăng cường khối đại đoàn kết toàn dân tộc.</li>"
                    "<li>Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa.</li>"
                    "<li>Xây dựng Đảng trong sạch, vững mạnh.</li>"
                    "</ol>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nền kinh tế có nhiều thành phần: kinh tế nhà nước giữ vai trò chủ đạo, bên cạnh "
                    "kinh tế tập thể, kinh tế tư nhân và kinh tế có vốn đầu tư nước ngoài. Các thành phần "
                    "hoạt động đúng pháp luật đều bình đẳng, cạnh tranh lành mạnh. Vì vậy, làm việc "
                    "cho doanh nghiệp tư nhân hay doanh nghiệp có vốn nước ngoài cũng là góp sức "
                    "cho đất nước.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Cương lĩnh trong công việc hằng ngày", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Cương lĩnh rất gần với người công nhân. Công nghiệp hóa, hiện đại hóa cần "
                    "những người lao động có tay nghề, có kỷ luật "
                    "và làm chủ được máy móc mới. Khi bạn học thêm một kỹ năng, thi nâng bậc thợ "
                    "hay đề xuất một sáng kiến nhỏ giúp chuyền chạy trơn tru hơn, bạn đang góp phần "
                    "thực hiện phương hướng đầu tiên của Cương lĩnh.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Bảo vệ môi trường bắt đầu từ việc phân loại rác tại xưởng, tắt máy, tắt đèn khi "
                    "hết ca, báo ngay khi thấy rò rỉ hóa chất. Phát huy dân chủ là mạnh dạn góp ý tại "
                    "hội nghị người lao động, tham gia sinh hoạt công đoàn cơ sở để bảo vệ quyền lợi "
                    "chính đáng theo đúng pháp luật. Giữ gìn trật tự là giải quyết "
                    "mâu thuẫn bằng đối thoại, không làm trái pháp luật.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Muốn xây dựng chủ nghĩa xã hội, trước hết cần có những con người xã hội chủ nghĩa.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Chia nhỏ bài dài theo lịch ca",
                    "text": (
                        "<p>Bài này dài 10 tiết. Hãy chia phần học trực tuyến theo 4 đề mục, mỗi ngày "
                        "học một phần khoảng 15 phút sau giờ tan ca. Trước buổi học trên lớp, chuẩn bị sẵn "
                        "một ví dụ từ chính chuyền sản xuất của bạn.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Cương lĩnh được Đại hội VII thông qua năm 1991, Đại hội XI bổ sung, phát triển năm 2011.",
                        "Mục tiêu chung: dân giàu, nước mạnh, dân chủ, công bằng, văn minh.",
                        "Có tám phương hướng cơ bản, đứng đầu là công nghiệp hóa, hiện đại hóa.",
                        "Nền kinh tế thị trường định hướng xã hội chủ nghĩa có nhiều thành phần cùng phát triển.",
                        "Tay nghề, kỷ luật, sáng kiến và ý thức pháp luật của công nhân góp phần thực hiện Cương lĩnh.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ được thông qua lần đầu khi nào?",
                    "choices": [
                        {"text": "Tại Đại hội VI, năm 1986", "is_correct": False},
                        {"text": "Tại Đại hội VII, năm 1991", "is_correct": True},
                        {"text": "Tại Đại hội XI, năm 2011", "is_correct": False},
                    ],
                    "explanation": (
                        "Cương lĩnh được Đại hội VII thông qua năm 1991. Năm 2011, Đại hội XI "
                        "bổ sung, phát triển Cương lĩnh chứ không phải lần đầu thông qua."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Cụm từ nào thể hiện mục tiêu chung của xã hội mà nhân dân ta xây dựng?",
                    "choices": [
                        {"text": "Dân giàu, nước mạnh, dân chủ, công bằng, văn minh", "is_correct": True},
                        {"text": "Tăng trưởng nhanh bằng mọi giá", "is_correct": False},
                        {"text": "Chỉ phát triển kinh tế nhà nước", "is_correct": False},
                        {"text": "Đóng cửa để tự cung tự cấp", "is_correct": False},
                    ],
                    "explanation": (
                        "Đây là mục tiêu được nêu trong Cương lĩnh. Các phương án khác trái với "
                        "chủ trương phát triển bền vững, nhiều thành phần kinh tế và hội nhập quốc tế."
                    ),
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Bài 3
    # ------------------------------------------------------------------
    {
        "slug": "bai-3-dieu-le-dang",
        "title": "Những nội dung cơ bản của Điều lệ Đảng",
        "order": 3,
        "delivery_mode": "blended",
        "periods": 5,
        "online_minutes": 40,
        "summary": (
            "Điều lệ Đảng như “nội quy” cao nhất của Đảng: đảng viên là ai, có nhiệm vụ và quyền gì, "
            "Đảng được tổ chức và hoạt động theo nguyên tắc nào."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được điều kiện để được xem xét kết nạp vào Đảng.",
            "Sau bài học, học viên kể được các nhóm nhiệm vụ và quyền của đảng viên.",
            "Sau bài học, học viên giải thích được nguyên tắc tập trung dân chủ bằng ví dụ gần gũi.",
            "Sau bài học, học viên biết vai trò của chi bộ và tổ chức cơ sở đảng trong doanh nghiệp.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhà máy nào cũng có nội quy lao động để mọi người làm việc có trật tự. "
                    "Điều lệ Đảng cũng vậy: đó là văn bản quy định đảng viên là ai, phải làm gì, "
                    "được quyền gì và tổ chức của Đảng hoạt động ra sao. Điều lệ hiện hành được "
                    "Đại hội XI (năm 2011) thông qua, gồm 12 chương và 48 điều.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Đảng viên: điều kiện, nhiệm vụ và quyền", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên là người chiến sĩ cách mạng, suốt đời phấn đấu cho lý tưởng của Đảng, "
                    "đặt lợi ích của Tổ quốc và nhân dân lên trên lợi ích riêng, gương mẫu trong lao động "
                    "và đời sống. Người được xem xét kết nạp phải là <b>công dân Việt Nam từ đủ 18 tuổi</b> "
                    "trở lên, tự nguyện thực hiện Cương lĩnh và Điều lệ Đảng, qua thực tế chứng tỏ "
                    "là người ưu tú và được quần chúng tín nhiệm. Về học vấn, người vào Đảng cần có "
                    "<b>bằng tốt nghiệp trung học cơ sở</b> trở lên; vùng đặc biệt khó khăn có hướng dẫn riêng.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Điều lệ nêu bốn nhóm nhiệm vụ của đảng viên, có thể hiểu gọn như sau:</p>"
                    "<ul>"
                    "<li>Trung thành với lý tưởng của Đảng; chấp hành đường lối, nghị quyết và pháp luật; "
                    "hoàn thành tốt công việc được giao.</li>"
                    "<li>Không ngừng học tập, rèn luyện đạo đức, sống lành mạnh; chống chủ nghĩa cá nhân, "
                    "tham nhũng, lãng phí.</li>"
                    "<li>Gắn bó với quần chúng, quan tâm đời sống mọi người, vận động mọi người "
                    "làm theo chủ trương, pháp luật.</li>"
                    "<li>Tham gia xây dựng tổ chức đảng, chấp hành kỷ luật, giữ đoàn kết, "
                    "tự phê bình và phê bình, trung thực với Đảng.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên cũng có bốn nhóm quyền: được thông tin và thảo luận các vấn đề của Đảng; "
                    "được bầu cử, ứng cử, đề cử vào cơ quan lãnh đạo của Đảng; được phê bình, chất vấn, "
                    "kiến nghị với tổ chức đảng; được trình bày ý kiến khi tổ chức đảng nhận xét hoặc "
                    "quyết định công tác, kỷ luật đối với mình. Người mới được kết nạp phải trải qua "
                    "<b>thời gian dự bị 12 tháng</b>, có đảng viên chính thức giúp đỡ. Đảng viên dự bị "
                    "có các quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử "
                    "cơ quan lãnh đạo của Đảng.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Nguyên tắc tập trung dân chủ", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng tổ chức và hoạt động theo nguyên tắc <b>tập trung dân chủ</b>. "
                    "“Dân chủ” là mọi đảng viên được bàn bạc, nêu ý kiến, bầu ra cơ quan "
                    "lãnh đạo. “Tập trung” là khi đã biểu quyết thì mọi người thống nhất hành động theo "
                    "quyết định chung. Một số nội dung chính:</p>"
                    "<ul>"
                    "<li>Cơ quan lãnh đạo các cấp do bầu cử lập ra; tập thể lãnh đạo, cá nhân phụ trách.</li>"
                    "<li>Cơ quan lãnh đạo cao nhất là Đại hội đại biểu toàn quốc; giữa hai kỳ đại hội "
                    "là Ban Chấp hành Trung ương.</li>"
                    "<li>Thiểu số phục tùng đa số, cấp dưới phục tùng cấp trên, cá nhân phục tùng "
                    "tổ chức.</li>"
                    "<li>Nghị quyết phải được thi hành nghiêm. Ai có ý kiến khác được bảo lưu và báo cáo "
                    "lên cấp trên, nhưng vẫn phải chấp hành.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ví dụ gần gũi: tổ sản xuất họp bàn cách chia ca dịp cao điểm đơn hàng. Ai cũng "
                    "được nêu ý kiến. Khi đa số đã chọn một phương án, người chưa đồng ý cũng làm theo "
                    "và vẫn có thể góp ý tiếp lên quản đốc. Nếu mỗi người làm một kiểu, chuyền sẽ rối ngay.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Chi bộ, tổ chức cơ sở đảng và kỷ luật", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Ở doanh nghiệp, cơ quan, xã, phường… nơi có từ 3 đảng viên chính thức trở lên "
                    "thì lập tổ chức đảng. Tổ chức cơ sở đảng là nền tảng của Đảng, là hạt nhân chính trị "
                    "ở cơ sở. Chi bộ là nơi trực tiếp quản lý, giáo dục đảng viên và "
                    "<b>sinh hoạt thường kỳ mỗi tháng một lần</b>. Trong doanh nghiệp, tổ chức đảng cùng công đoàn "
                    "và Đoàn thanh niên chăm lo quyền lợi người lao động.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Kỷ luật là sức mạnh của Đảng. Đảng viên chính thức vi phạm có thể bị xử lý bằng "
                    "một trong các hình thức: khiển trách, cảnh cáo, cách chức, khai trừ. Với đảng viên "
                    "dự bị, hình thức kỷ luật là khiển trách hoặc cảnh cáo. Đảng viên vi phạm pháp luật "
                    "vẫn bị xử lý như mọi công dân, không có đặc quyền nào.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Đọc Điều lệ như đọc nội quy",
                    "text": (
                        "<p>Mỗi ngày trước giờ vào ca, đọc một điều của Điều lệ trong khoảng 5 phút và gạch chân "
                        "từ khóa. Ghi lại câu hỏi còn băn khoăn "
                        "để hỏi trong buổi học trên lớp.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Điều lệ Đảng hiện hành do Đại hội XI (2011) thông qua.",
                        "Người vào Đảng là công dân Việt Nam từ đủ 18 tuổi, tốt nghiệp trung học cơ sở trở lên, "
                        "ưu tú, được quần chúng tín nhiệm.",
                        "Đảng viên có bốn nhóm nhiệm vụ và bốn nhóm quyền; thời gian dự bị là 12 tháng.",
                        "Tập trung dân chủ là nguyên tắc tổ chức cơ bản: bàn bạc dân chủ, hành động thống nhất.",
                        "Chi bộ sinh hoạt mỗi tháng một lần; kỷ luật nghiêm minh, không có đặc quyền.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Người được kết nạp vào Đảng phải trải qua thời gian dự bị bao lâu?",
                    "choices": [
                        {"text": "6 tháng", "is_correct": False},
                        {"text": "12 tháng", "is_correct": True},
                        {"text": "18 tháng", "is_correct": False},
                        {"text": "24 tháng", "is_correct": False},
                    ],
                    "explanation": (
                        "Theo Điều lệ, thời gian dự bị là 12 tháng. Hết thời gian này, chi bộ xem xét "
                        "để đề nghị công nhận đảng viên chính thức."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Nguyên tắc tổ chức cơ bản của Đảng là gì?",
                    "choices": [
                        {"text": "Tập trung dân chủ", "is_correct": True},
                        {"text": "Mỗi người tự quyết theo ý mình", "is_correct": False},
                        {"text": "Cấp trên quyết định, không cần thảo luận", "is_correct": False},
                    ],
                    "explanation": (
                        "Tập trung dân chủ kết hợp hai mặt: mọi người được bàn bạc, góp ý dân chủ, "
                        "và khi đã quyết định thì thống nhất thực hiện."
                    ),
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Bài 4
    # ------------------------------------------------------------------
    {
        "slug": "bai-4-hoc-tap-va-lam-theo-bac",
        "title": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "order": 4,
        "delivery_mode": "online",
        "periods": 5,
        "online_minutes": 40,
        "summary": (
            "Những điểm cốt lõi trong tư tưởng, đạo đức, phong cách của Bác Hồ và cách làm theo Bác "
            "bằng việc nhỏ, cụ thể trên chuyền sản xuất và trong khu nhà trọ."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được một số nội dung cốt lõi của tư tưởng Hồ Chí Minh.",
            "Sau bài học, học viên giải thích được “cần, kiệm, liêm, chính, chí công vô tư” bằng ví dụ.",
            "Sau bài học, học viên nhận biết những nét chính của phong cách Hồ Chí Minh.",
            "Sau bài học, học viên tự đặt ra ít nhất một việc làm cụ thể để làm theo Bác.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Chủ tịch Hồ Chí Minh là lãnh tụ vĩ đại của dân tộc, người sáng lập và rèn luyện "
                    "Đảng ta. Học tập Bác không chỉ dành cho cán bộ và cũng không chỉ là đọc sách. "
                    "Với người công nhân, học Bác có thể bắt đầu ngay từ cách mình làm việc trên chuyền, "
                    "cách cư xử với đồng nghiệp và cách sống ở khu nhà trọ.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Những điểm cốt lõi của tư tưởng Hồ Chí Minh", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Tư tưởng Hồ Chí Minh là hệ thống quan điểm toàn diện về những vấn đề cơ bản "
                    "của cách mạng Việt Nam. Cùng với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh là "
                    "nền tảng tư tưởng và kim chỉ nam cho hành động của Đảng. Có thể nhớ một số ý chính:</p>"
                    "<ul>"
                    "<li>Độc lập dân tộc gắn liền với chủ nghĩa xã hội.</li>"
                    "<li>Dân là gốc; mọi việc phải vì lợi ích của nhân dân.</li>"
                    "<li>Đoàn kết là sức mạnh; xây dựng khối đại đoàn kết toàn dân tộc.</li>"
                    "<li>Cán bộ, đảng viên là người phục vụ nhân dân, phải trong sạch, gương mẫu.</li>"
                    "<li>Coi trọng con người và việc giáo dục, bồi dưỡng con người.</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Đạo đức và phong cách Hồ Chí Minh", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Đạo đức Hồ Chí Minh bắt đầu từ “trung với nước, hiếu với dân” và được thể hiện "
                    "qua năm chữ <b>cần, kiệm, liêm, chính, chí công vô tư</b>. Hiểu theo công việc "
                    "hằng ngày:</p>"
                    "<ul>"
                    "<li><b>Cần</b>: chăm chỉ, đi làm đúng giờ, làm đủ và làm tốt phần việc của mình.</li>"
                    "<li><b>Kiệm</b>: tiết kiệm vật tư, điện, nước, thời gian của mình và của người khác.</li>"
                    "<li><b>Liêm</b>: không lấy của công, không nhận quà để làm sai quy định.</li>"
                    "<li><b>Chính</b>: thẳng thắn, trung thực, làm sai thì nhận và sửa.</li>"
                    "<li><b>Chí công vô tư</b>: đặt việc chung lên trên, không vì lợi riêng mà thiệt "
                    "cho tập thể.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Bác còn dạy phải thương yêu con người, sống có tình nghĩa, và có tinh thần "
                    "đoàn kết với nhân dân lao động các nước. Phong cách Hồ Chí Minh thể hiện ở cách làm việc "
                    "dân chủ, khoa học, sát thực tế; cách sống giản dị, gần gũi; cách nói và viết ngắn gọn, "
                    "dễ hiểu; cách ứng xử khiêm tốn, tôn trọng mọi người. Nổi bật nhất là Bác luôn "
                    "<b>nói đi đôi với làm</b> và tự mình nêu gương trước.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Làm theo Bác ở nhà máy và khu nhà trọ", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Năm 2016, Bộ Chính trị ban hành Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo "
                    "tư tưởng, đạo đức, phong cách Hồ Chí Minh. Tinh thần chung là biến việc học thành "
                    "việc làm cụ thể, thường xuyên của mỗi người. Với công nhân, đó có thể là:</p>"
                    "<ul>"
                    "<li>Đi làm đúng giờ, bàn giao ca rõ ràng, ghi sổ giao ca đầy đủ.</li>"
                    "<li>Dùng tiết kiệm vật tư; phát hiện hàng lỗi thì báo ngay, không giấu.</li>"
                    "<li>Kèm cặp công nhân mới vào chuyền, chỉ cho họ thao tác an toàn.</li>"
                    "<li>Cùng công đoàn thăm hỏi, quyên góp khi đồng nghiệp ốm đau, gặp nạn.</li>"
                    "<li>Giữ vệ sinh chung, sống hòa thuận với hàng xóm ở khu trọ.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mỗi người nên tự chọn cho mình một việc cụ thể để làm theo Bác trong tháng, viết ra "
                    "giấy và cuối tháng tự đánh giá. Tổ Đoàn hoặc tổ công đoàn có thể cùng nhau chọn một "
                    "việc chung, ví dụ “cả tổ không để hàng lỗi lọt qua công đoạn của mình”. Việc nhỏ nhưng "
                    "làm đều đặn sẽ thành thói quen tốt và lan sang người khác.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Học Bác qua câu chuyện ngắn",
                    "text": (
                        "<p>Trên đường đi làm hoặc trong giờ nghỉ, hãy nghe một mẩu chuyện ngắn về Bác "
                        "(nhiều mẩu chỉ dài 3–5 phút). Sau đó tự hỏi: “Hôm nay mình có thể làm theo "
                        "điều gì trong câu chuyện này?”</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Tư tưởng Hồ Chí Minh cùng chủ nghĩa Mác - Lênin là nền tảng tư tưởng của Đảng.",
                        "Cốt lõi: độc lập dân tộc gắn với chủ nghĩa xã hội, dân là gốc, đại đoàn kết.",
                        "Đạo đức: trung với nước, hiếu với dân; cần, kiệm, liêm, chính, chí công vô tư.",
                        "Phong cách: dân chủ, khoa học, giản dị, gần dân, nói đi đôi với làm.",
                        "Làm theo Bác bằng việc nhỏ, cụ thể, đều đặn ở nơi làm việc và nơi ở.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Năm chữ nào tóm tắt chuẩn mực đạo đức mà Bác Hồ thường nhắc nhở?",
                    "choices": [
                        {"text": "Cần, kiệm, liêm, chính, chí công vô tư", "is_correct": True},
                        {"text": "Nhanh, nhiều, tốt, rẻ, đẹp", "is_correct": False},
                        {"text": "Học, hỏi, hiểu, hành, hưởng", "is_correct": False},
                    ],
                    "explanation": (
                        "Cần, kiệm, liêm, chính, chí công vô tư là những chuẩn mực đạo đức cơ bản "
                        "Bác Hồ nêu ra cho cán bộ, đảng viên và mọi người."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Một công nhân mới vào chuyền còn lúng túng và làm chậm. "
                    "Cách xử sự nào thể hiện việc làm theo Bác?",
                    "choices": [
                        {"text": "Mặc kệ vì không phải việc của mình", "is_correct": False},
                        {"text": "Chê bai trước mặt mọi người cho bạn ấy cố gắng", "is_correct": False},
                        {"text": "Kiên nhẫn chỉ thao tác đúng, an toàn và động viên bạn ấy", "is_correct": True},
                        {"text": "Làm thay hết phần việc rồi không nói gì", "is_correct": False},
                    ],
                    "explanation": (
                        "Thương yêu, giúp đỡ đồng nghiệp và hướng dẫn tận tình là cách làm theo Bác "
                        "rất cụ thể. Làm thay hay chê bai đều không giúp người mới tiến bộ."
                    ),
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Bài 5
    # ------------------------------------------------------------------
    {
        "slug": "bai-5-phan-dau-tro-thanh-dang-vien",
        "title": "Phấn đấu trở thành đảng viên",
        "order": 5,
        "delivery_mode": "in_person",
        "periods": 5,
        "online_minutes": 15,
        "summary": (
            "Động cơ vào Đảng đúng đắn, cách phấn đấu ở nơi làm việc và nơi ở, "
            "và các bước cơ bản để được xem xét kết nạp."
        ),
        "objectives": [
            "Sau bài học, học viên phân biệt được động cơ vào Đảng đúng đắn và chưa đúng đắn.",
            "Sau bài học, học viên xây dựng được kế hoạch phấn đấu cụ thể ở nơi làm việc và nơi cư trú.",
            "Sau bài học, học viên nắm được các bước cơ bản từ khi viết đơn đến khi là đảng viên chính thức.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Bốn bài trước đã giúp bạn hiểu Đảng ra đời thế nào, Đảng muốn xây dựng đất nước "
                    "ra sao và đảng viên cần có phẩm chất gì. Bài cuối trả lời câu hỏi thiết thực nhất: "
                    "một người công nhân làm thế nào để trở thành đảng viên? Bài này học trực tiếp trên "
                    "lớp; phần đọc dưới đây giúp bạn chuẩn bị trước trong khoảng 15 phút.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Động cơ vào Đảng đúng đắn", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Vào Đảng là để cống hiến nhiều hơn cho Tổ quốc, cho nhân dân và cho tập thể "
                    "nơi mình làm việc. Động cơ đúng là tự nguyện, vì lý tưởng chung. Động cơ sai là "
                    "vào Đảng chỉ để mong được lên chức, tăng lương hay để có “chỗ dựa”. Đảng viên phải "
                    "gánh thêm trách nhiệm và gương mẫu hơn, chứ không có thêm đặc quyền.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Hãy tự hỏi thật lòng: Mình đã làm được gì cho đồng nghiệp, cho tổ, cho công ty? "
                    "Mọi người xung quanh có tin mình không? Khi có việc khó, mình tránh đi hay xung phong? "
                    "Câu trả lời trung thực chính là điểm xuất phát của quá trình phấn đấu.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Phấn đấu ở nơi làm việc và nơi ở", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Tại nơi làm việc, người phấn đấu vào Đảng nên:</p>"
                    "<ul>"
                    "<li>Hoàn thành tốt định mức, bảo đảm chất lượng, chấp hành nội quy và quy định "
                    "an toàn lao động.</li>"
                    "<li>Học nâng cao tay nghề, tham gia thi thợ giỏi, mạnh dạn đề xuất sáng kiến.</li>"
                    "<li>Tích cực sinh hoạt công đoàn cơ sở và Đoàn thanh niên; tham gia phong trào "
                    "thi đua, văn nghệ, thể thao.</li>"
                    "<li>Giúp đỡ đồng nghiệp: hướng dẫn người mới, đổi ca giúp khi bạn có việc gấp, "
                    "động viên khi ai đó gặp chuyện buồn.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Tại nơi ở, cần chấp hành quy định của địa phương, đăng ký tạm trú đúng quy định, "
                    "giữ trật tự, vệ sinh khu trọ và tham gia hoạt động chung của tổ dân phố. "
                    "Việc học cũng cần duy trì: đọc báo, nghe thời sự, tìm hiểu chủ trương của Đảng "
                    "và pháp luật để nói đúng, làm đúng, giải thích được cho người khác.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Các bước cơ bản để được kết nạp", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Quy trình chung gồm các bước sau (chi tiết do tổ chức đảng hướng dẫn cụ thể):</p>"
                    "<ol>"
                    "<li>Học lớp bồi dưỡng nhận thức về Đảng và được cấp giấy chứng nhận.</li>"
                    "<li>Viết đơn tự nguyện xin vào Đảng; khai lý lịch trung thực, đầy đủ.</li>"
                    "<li>Tổ chức đảng thẩm tra lý lịch, lấy ý kiến nhận xét của đoàn thể và nơi cư trú.</li>"
                    "<li>Có người giới thiệu theo quy định: hai đảng viên chính thức, hoặc một đảng viên "
                    "chính thức cùng tổ chức Đoàn thanh niên hay công đoàn cơ sở.</li>"
                    "<li>Chi bộ xem xét, biểu quyết; cấp ủy có thẩm quyền quyết định kết nạp.</li>"
                    "<li>Chi bộ tổ chức lễ kết nạp, bạn trở thành đảng viên dự bị.</li>"
                    "<li>Sau 12 tháng dự bị, chi bộ xét đề nghị công nhận đảng viên chính thức.</li>"
                    "</ol>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhiều doanh nghiệp trong khu công nghiệp chưa có tổ chức đảng. Khi đó, hãy chủ động "
                    "hỏi ban chấp hành công đoàn cơ sở hoặc Đoàn thanh niên để được hướng dẫn. Quá trình "
                    "phấn đấu có thể kéo dài nhiều tháng; điều quan trọng là kiên trì, trung thực và "
                    "thể hiện bằng việc làm hằng ngày.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {"text": "Có công mài sắt, có ngày nên kim.", "source": "Tục ngữ Việt Nam"},
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Chuẩn bị cho buổi học trên lớp",
                    "text": (
                        "<p>Báo trước lịch ca của bạn cho người phụ trách lớp để được sắp xếp buổi học phù hợp. "
                        "Mang theo sổ tay, ghi sẵn 2–3 việc tốt bạn đã làm trong tháng và một việc "
                        "bạn muốn cải thiện, để trao đổi khi xây dựng kế hoạch phấn đấu.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Vào Đảng để cống hiến, không phải để có đặc quyền hay lợi ích riêng.",
                        "Phấn đấu bằng việc làm cụ thể: làm tốt công việc, học nâng tay nghề, giúp đồng nghiệp.",
                        "Gương mẫu cả ở nơi ở: chấp hành quy định địa phương, sống hòa thuận.",
                        "Hồ sơ gồm đơn, lý lịch, giấy chứng nhận học lớp bồi dưỡng và ý kiến giới thiệu.",
                        "Sau khi được kết nạp, đảng viên dự bị có 12 tháng trước khi xét công nhận chính thức.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Động cơ nào là động cơ vào Đảng đúng đắn?",
                    "choices": [
                        {"text": "Để được ưu tiên lên chức tổ trưởng", "is_correct": False},
                        {"text": "Để cống hiến nhiều hơn cho tập thể và đất nước", "is_correct": True},
                        {"text": "Để có người bảo vệ khi mắc lỗi", "is_correct": False},
                    ],
                    "explanation": (
                        "Vào Đảng là tự nguyện nhận thêm trách nhiệm để cống hiến. Mong muốn chức vụ "
                        "hay được che chắn là động cơ cá nhân, không đúng đắn."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng dùng để làm gì?",
                    "choices": [
                        {"text": "Để được tăng lương ngay", "is_correct": False},
                        {"text": "Là một giấy tờ trong hồ sơ xin vào Đảng", "is_correct": True},
                        {"text": "Thay cho đơn xin vào Đảng", "is_correct": False},
                        {"text": "Thay cho thời gian dự bị 12 tháng", "is_correct": False},
                    ],
                    "explanation": (
                        "Giấy chứng nhận là một phần của hồ sơ, bên cạnh đơn tự nguyện, lý lịch "
                        "và ý kiến giới thiệu; nó không thay thế bước nào khác."
                    ),
                },
            },
        ],
    },
]
