"""Demo content: Lớp bồi dưỡng đảng viên mới (10 bài). See SCHEMA.md for the format."""

COURSE = {
    "title": "Lớp bồi dưỡng đảng viên mới",
    "slug": "lop-boi-duong-dang-vien-moi",
    "summary": (
        "Chương trình bồi dưỡng dành cho đảng viên mới được kết nạp, gồm 10 bài. Nội dung trình bày ngắn gọn nền tảng "
        "tư tưởng, đường lối của Đảng trên các lĩnh vực chủ yếu, tổ chức của Đảng và yêu cầu rèn luyện của người đảng "
        "viên. Cách viết dễ hiểu, gắn với công việc hằng ngày ở nhà máy, phân xưởng, dây chuyền sản xuất."
    ),
    "audience": (
        "Đảng viên dự bị là công nhân, người lao động trong các doanh nghiệp ở khu công nghiệp, phần lớn làm việc theo "
        "ca kíp. Học viên cần hoàn thành toàn bộ chương trình trong thời gian dự bị 12 tháng để làm căn cứ xét chuyển "
        "đảng viên chính thức."
    ),
}

LESSONS = [
    {
        "slug": "bai-1-nen-tang-tu-tuong-cua-dang",
        "title": "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh: nền tảng tư tưởng của Đảng",
        "order": 1,
        "delivery_mode": "online",
        "periods": 4,
        "online_minutes": 40,
        "summary": (
            "Những ý cốt lõi của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh, vì sao Đảng lấy đó làm nền tảng, và "
            "cách vận dụng vào công việc ở nhà máy."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng.",
            (
                "Sau bài học, học viên trình bày ngắn gọn một số nội dung cốt lõi của chủ nghĩa Mác - Lênin và tư "
                "tưởng Hồ Chí Minh."
            ),
            (
                "Sau bài học, học viên lấy được ví dụ vận dụng những nội dung đó vào công việc và sinh hoạt ở doanh "
                "nghiệp."
            ),
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Muốn đi đúng đường, ai cũng cần một cái la bàn. Với Đảng Cộng sản Việt Nam, la bàn ấy là "
                    "<b>chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh</b>. Đảng xác định đây là nền tảng tư tưởng, là "
                    "kim chỉ nam cho mọi hành động. Bài học này giúp đồng chí nắm những ý cốt lõi và biết đem vào công "
                    "việc hằng ngày trên dây chuyền.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Chủ nghĩa Mác - Lênin: những ý cốt lõi",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Học thuyết do C. Mác và Ph. Ăngghen sáng lập, sau đó được V.I. Lênin bảo vệ và phát triển. Có "
                    "ba bộ phận chính: <b>triết học</b>, <b>kinh tế chính trị</b> và <b>chủ nghĩa xã hội khoa "
                    "học</b>.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Triết học dạy ta nhìn sự vật trong sự vận động và trong mối liên hệ với nhau. Ví dụ: một lỗi "
                    "nhỏ ở công đoạn đầu có thể làm hỏng cả lô hàng ở cuối chuyền. Muốn sửa tận gốc thì phải tìm ra "
                    "nguyên nhân, không chỉ xử lý bề ngoài. Kinh tế chính trị giải thích lao động tạo ra giá trị như "
                    "thế nào, vì sao tay nghề và năng suất quyết định thu nhập lâu dài. Chủ nghĩa xã hội khoa học chỉ "
                    "ra sứ mệnh lịch sử của giai cấp công nhân, giai cấp gắn với nền sản xuất hiện đại, có tính tổ "
                    "chức và kỷ luật cao. Đảng là đội tiên phong của giai cấp công nhân, đồng thời của nhân dân lao "
                    "động và của cả dân tộc.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Tư tưởng Hồ Chí Minh: gần gũi với người lao động",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Tư tưởng Hồ Chí Minh là những quan điểm của Bác về con đường cách mạng Việt Nam. Bác vận dụng "
                    "chủ nghĩa Mác - Lênin cho phù hợp với hoàn cảnh nước ta, kế thừa truyền thống yêu nước của dân "
                    "tộc và học hỏi những điều hay của thế giới. Một số nội dung dễ nhớ:</p><ul><li>Độc lập dân tộc "
                    "gắn liền với chủ nghĩa xã hội.</li><li>Dân là gốc; mọi việc đều phải vì lợi ích của nhân "
                    "dân.</li><li>Đoàn kết là sức mạnh.</li><li>Cán bộ, đảng viên phải cần, kiệm, liêm, chính, chí "
                    "công vô tư.</li></ul>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Những điều này rất cụ thể ở khu công nghiệp. Tiết kiệm điện, nước, nguyên liệu trên chuyền là "
                    "“kiệm”. Không nhận quà để xếp ca đẹp cho người quen là “liêm”. Nói thật, nói thẳng trong buổi họp "
                    "tổ là “chính”.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Học để làm việc, làm người, làm cán bộ.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Vận dụng trong công việc của đảng viên mới",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Học lý luận không phải để thuộc lòng mà để làm việc và sống tốt hơn. Đồng chí có thể bắt đầu "
                    "từ việc nhỏ: đúng giờ vào ca, giữ kỷ luật lao động; khi chuyền gặp sự cố thì cùng mọi người tìm "
                    "nguyên nhân thay vì đổ lỗi; chia sẻ kinh nghiệm với công nhân mới; giải thích chủ trương của "
                    "Đảng, pháp luật của Nhà nước cho đồng nghiệp bằng lời lẽ dễ hiểu.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đồng chí cũng cần tỉnh táo trước ý kiến cho rằng lý luận “đã lỗi thời” hay “chẳng liên quan gì "
                    "đến công nhân”. Hãy đối chiếu với thực tế: chính tinh thần đoàn kết, kỷ luật và vì lợi ích người "
                    "lao động đang giúp công đoàn cơ sở và chi bộ trong doanh nghiệp làm việc hiệu quả.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Mẹo học khi làm ca",
                    "text": (
                        "<p>Chia bài thành phần nhỏ, mỗi ngày đọc 10–15 phút vào giờ nghỉ giữa ca. Ghi ra một việc cụ "
                        "thể mình sẽ làm theo, rồi trao đổi với đảng viên được chi bộ phân công giúp đỡ mình.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        (
                            "Chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh là nền tảng tư tưởng, kim chỉ nam cho hành "
                            "động của Đảng."
                        ),
                        "Chủ nghĩa Mác - Lênin gồm triết học, kinh tế chính trị và chủ nghĩa xã hội khoa học.",
                        (
                            "Giai cấp công nhân có sứ mệnh lịch sử; Đảng là đội tiên phong của giai cấp công nhân, của "
                            "nhân dân lao động và của dân tộc."
                        ),
                        (
                            "Tư tưởng Hồ Chí Minh nhấn mạnh độc lập gắn với chủ nghĩa xã hội, dân là gốc, đoàn kết, "
                            "cần kiệm liêm chính."
                        ),
                        (
                            "Học lý luận để làm việc tốt hơn: tìm nguyên nhân gốc, giữ kỷ luật, gương mẫu trước đồng "
                            "nghiệp."
                        ),
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng Cộng sản Việt Nam là gì?",
                    "choices": [
                        {
                            "text": "Chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh",
                            "is_correct": True,
                        },
                        {
                            "text": "Kinh nghiệm riêng của từng địa phương",
                            "is_correct": False,
                        },
                        {
                            "text": "Các lý thuyết quản trị doanh nghiệp hiện đại",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Đảng lấy chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, kim chỉ nam cho "
                        "hành động."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": (
                        "Trên chuyền, một lỗi sản phẩm cứ lặp lại nhiều lần. Cách làm nào thể hiện đúng tinh thần vận "
                        "dụng lý luận vào thực tiễn?"
                    ),
                    "choices": [
                        {
                            "text": "Im lặng vì không phải việc của mình",
                            "is_correct": False,
                        },
                        {
                            "text": "Cùng tổ trưởng tìm nguyên nhân gốc và đề xuất cách khắc phục",
                            "is_correct": True,
                        },
                        {
                            "text": "Đổ lỗi cho công nhân mới vào làm",
                            "is_correct": False,
                        },
                        {
                            "text": "Chỉ loại bỏ hàng lỗi, không cần tìm hiểu thêm",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Xem xét sự việc trong mối liên hệ để tìm ra nguyên nhân gốc mới giải quyết dứt điểm vấn đề. "
                        "Đó là cách vận dụng lý luận vào công việc."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-2-doc-lap-dan-toc-gan-lien-voi-chu-nghia-xa-hoi",
        "title": "Độc lập dân tộc gắn liền với chủ nghĩa xã hội",
        "order": 2,
        "delivery_mode": "online",
        "periods": 4,
        "online_minutes": 35,
        "summary": (
            "Vì sao độc lập dân tộc và chủ nghĩa xã hội không tách rời nhau, xã hội mà nhân dân ta xây dựng có những "
            "đặc điểm gì, và mục tiêu ấy hiện ra thế nào trong đời sống công nhân."
        ),
        "objectives": [
            "Sau bài học, học viên giải thích được vì sao độc lập dân tộc phải gắn liền với chủ nghĩa xã hội.",
            (
                "Sau bài học, học viên nêu được mục tiêu và những đặc điểm chính của xã hội xã hội chủ nghĩa mà nhân "
                "dân ta xây dựng."
            ),
            "Sau bài học, học viên liên hệ được mục tiêu chung với quyền lợi và trách nhiệm của người công nhân.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Ngay từ khi ra đời năm 1930, Đảng ta đã chọn con đường <b>độc lập dân tộc gắn liền với chủ "
                    "nghĩa xã hội</b>. Đây là sợi chỉ đỏ xuyên suốt cách mạng Việt Nam. Bài này giúp đồng chí hiểu vì "
                    "sao hai mục tiêu đó đi liền với nhau, và chúng liên quan gì đến cuộc sống của người công nhân hôm "
                    "nay.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Vì sao độc lập phải đi đôi với chủ nghĩa xã hội?",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Độc lập dân tộc là điều kiện đầu tiên. Không có độc lập thì người dân không thể làm chủ đất "
                    "nước, không tự quyết định được con đường của mình. Ông cha ta đã trải qua nhiều cuộc kháng chiến "
                    "gian khổ mới giành và giữ được độc lập, thống nhất.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhưng nếu nước đã độc lập mà dân vẫn đói nghèo, không được tự do, hạnh phúc thì độc lập ấy "
                    "chưa trọn vẹn. Vì vậy, độc lập phải tiến lên chủ nghĩa xã hội, một xã hội lấy con người làm trung "
                    "tâm. Ngược lại, xây dựng thành công chủ nghĩa xã hội lại tạo cơ sở vững chắc để giữ gìn độc lập "
                    "lâu dài.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Không có gì quý hơn độc lập, tự do.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Xã hội mà nhân dân ta xây dựng",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mục tiêu chung được nói gọn trong mấy chữ: <b>dân giàu, nước mạnh, dân chủ, công bằng, văn "
                    "minh</b>. Đó là xã hội do nhân dân làm chủ, có kinh tế phát triển cao, có nền văn hóa tiên tiến, "
                    "đậm đà bản sắc dân tộc. Con người được sống ấm no, tự do, hạnh phúc. Các dân tộc bình đẳng, đoàn "
                    "kết, giúp nhau cùng phát triển. Nhà nước là của nhân dân, do nhân dân, vì nhân dân, và nước ta có "
                    "quan hệ hữu nghị, hợp tác với các nước.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nước ta đi lên chủ nghĩa xã hội từ điểm xuất phát thấp, lại chịu hậu quả nặng nề của chiến "
                    "tranh. Vì thế, thời kỳ quá độ là quá trình lâu dài, khó khăn, phải trải qua nhiều chặng đường. "
                    "Không được nóng vội, cũng không được dao động trước khó khăn.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Mục tiêu lớn trong đời sống nhà máy",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Với người công nhân, “dân giàu” bắt đầu từ việc làm ổn định, tiền lương đủ sống, được đóng bảo "
                    "hiểm xã hội đầy đủ. “Công bằng” là được trả lương đúng, hưởng chế độ đúng luật. “Dân chủ” là được "
                    "nói lên ý kiến qua công đoàn, qua đối thoại tại nơi làm việc. “Văn minh” là môi trường làm việc "
                    "an toàn, mọi người tôn trọng nhau.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên mới góp phần vào mục tiêu chung bằng lao động giỏi, giữ kỷ luật, học nâng cao tay "
                    "nghề, và cùng công đoàn bảo vệ quyền lợi hợp pháp của người lao động. Khi nghe ai nói “độc lập, "
                    "chủ nghĩa xã hội là chuyện xa vời”, đồng chí có thể lấy chính những đổi thay ở khu công nghiệp, ở "
                    "nơi mình làm việc để giải thích.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Ghi nhớ",
                    "text": (
                        "<p>Mục tiêu độc lập dân tộc và chủ nghĩa xã hội đã có từ Cương lĩnh chính trị đầu tiên của "
                        "Đảng năm 1930, và được khẳng định nhất quán trong Cương lĩnh năm 1991 (bổ sung, phát triển "
                        "năm 2011).</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Độc lập dân tộc gắn liền với chủ nghĩa xã hội là con đường nhất quán của cách mạng Việt Nam.",
                        (
                            "Độc lập là điều kiện tiên quyết; chủ nghĩa xã hội là cơ sở để giữ vững độc lập và mang "
                            "lại hạnh phúc cho nhân dân."
                        ),
                        "Mục tiêu chung: dân giàu, nước mạnh, dân chủ, công bằng, văn minh.",
                        "Thời kỳ quá độ lâu dài, khó khăn; không nóng vội, không dao động.",
                        (
                            "Đảng viên góp phần bằng lao động giỏi, giữ kỷ luật và bảo vệ quyền lợi hợp pháp của người "
                            "lao động."
                        ),
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Mục tiêu chung của xã hội mà nhân dân ta xây dựng được nói gọn là gì?",
                    "choices": [
                        {
                            "text": "Dân giàu, nước mạnh, dân chủ, công bằng, văn minh",
                            "is_correct": True,
                        },
                        {
                            "text": "Tăng trưởng thật nhanh bằng mọi giá",
                            "is_correct": False,
                        },
                        {
                            "text": "Chỉ cần giữ độc lập, không cần phát triển",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Đây là cách nói ngắn gọn mục tiêu của chủ nghĩa xã hội ở Việt Nam, gắn phát triển kinh tế với "
                        "dân chủ, công bằng và văn minh."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Vì sao độc lập dân tộc phải gắn liền với chủ nghĩa xã hội?",
                    "choices": [
                        {
                            "text": "Vì hai mục tiêu này có thể thay thế cho nhau",
                            "is_correct": False,
                        },
                        {
                            "text": "Vì độc lập chỉ trọn vẹn khi nhân dân được ấm no, tự do, hạnh phúc",
                            "is_correct": True,
                        },
                        {
                            "text": "Vì chủ nghĩa xã hội không cần đến độc lập dân tộc",
                            "is_correct": False,
                        },
                        {
                            "text": "Vì đó là yêu cầu của các nước khác",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Độc lập là điều kiện đầu tiên, nhưng phải đem lại cuộc sống ấm no, tự do, hạnh phúc cho nhân "
                        "dân thì mới trọn vẹn."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-3-dai-doan-ket-dan-chu-nha-nuoc-phap-quyen",
        "title": "Đại đoàn kết toàn dân tộc, dân chủ xã hội chủ nghĩa và Nhà nước pháp quyền",
        "order": 3,
        "delivery_mode": "blended",
        "periods": 4,
        "online_minutes": 30,
        "summary": (
            "Đoàn kết là sức mạnh, dân chủ là động lực, pháp luật là khuôn khổ. Bài học gắn ba nội dung này với đối "
            "thoại, công đoàn và kỷ cương ở nơi làm việc."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được vai trò và nền tảng của khối đại đoàn kết toàn dân tộc.",
            (
                "Sau bài học, học viên hiểu tinh thần của dân chủ xã hội chủ nghĩa và các hình thức dân chủ ở doanh "
                "nghiệp."
            ),
            "Sau bài học, học viên nêu được đặc điểm cơ bản của Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam.",
            "Sau bài học, học viên biết xử lý đúng pháp luật khi nảy sinh bất đồng ở nơi làm việc.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Sức mạnh của dân tộc ta nằm ở sự đoàn kết của hàng chục triệu con người. Muốn đoàn kết bền lâu "
                    "thì phải phát huy dân chủ và quản lý xã hội bằng pháp luật. Bài này có phần tự học trực tuyến và "
                    "một buổi trao đổi trực tiếp về dân chủ ở nơi làm việc.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Đại đoàn kết toàn dân tộc",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng coi đại đoàn kết toàn dân tộc là đường lối chiến lược, là nguồn sức mạnh to lớn của cách "
                    "mạng. Nền tảng của khối đoàn kết là liên minh giữa giai cấp công nhân với giai cấp nông dân và "
                    "đội ngũ trí thức, do Đảng lãnh đạo. Mặt trận Tổ quốc Việt Nam và các đoàn thể, trong đó có công "
                    "đoàn, là nơi tập hợp mọi tầng lớp nhân dân.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ở khu công nghiệp, người lao động đến từ nhiều tỉnh, nhiều dân tộc; có người theo tôn giáo, có "
                    "người không. Đoàn kết là tôn trọng sự khác biệt, giúp nhau lúc ốm đau, hoạn nạn, không kỳ thị "
                    "người khác quê, không kéo bè kéo cánh trong tổ, trong ca.</p>"
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
                "type": "heading",
                "value": {
                    "text": "Dân chủ xã hội chủ nghĩa và dân chủ ở nơi làm việc",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Dân chủ vừa là mục tiêu, vừa là động lực phát triển. Tinh thần cốt lõi được nói gọn: <b>dân "
                    "biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng</b>. Dân chủ luôn đi đôi với kỷ "
                    "cương; quyền của mỗi người phải thực hiện trong khuôn khổ pháp luật.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Trong doanh nghiệp, dân chủ thể hiện qua: đối thoại định kỳ giữa người sử dụng lao động và "
                    "người lao động; hội nghị người lao động; thương lượng và ký thỏa ước lao động tập thể; góp ý về "
                    "nội quy, thang lương, điều kiện làm việc. Người lao động có quyền được biết thông tin liên quan "
                    "trực tiếp đến mình như tiền lương, giờ làm, an toàn lao động.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Nhà nước pháp quyền xã hội chủ nghĩa",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhà nước ta là Nhà nước pháp quyền xã hội chủ nghĩa của nhân dân, do nhân dân, vì nhân dân, do "
                    "Đảng lãnh đạo. Quyền lực nhà nước là thống nhất, có sự phân công, phối hợp và kiểm soát giữa lập "
                    "pháp, hành pháp, tư pháp. Hiến pháp và pháp luật giữ vị trí tối thượng; mọi tổ chức, cá nhân, kể "
                    "cả tổ chức đảng và đảng viên, đều phải tuân theo.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Với đảng viên mới, sống và làm việc theo pháp luật là yêu cầu tối thiểu: chấp hành luật giao "
                    "thông khi đi ca, không dính vào cờ bạc, tín dụng đen. Khi có vướng mắc về lương, thưởng, hãy phản "
                    "ánh qua công đoàn, hòa giải viên lao động hoặc cơ quan có thẩm quyền; không kích động, không tự ý "
                    "gây mất trật tự.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Chuẩn bị cho buổi trao đổi trực tiếp",
                    "text": (
                        "<p>Ghi lại một ví dụ về dân chủ ở nơi đồng chí làm việc: một ý kiến của công nhân đã được "
                        "tiếp thu, hoặc một việc làm chưa tốt. Mang ví dụ đó đến buổi học để cùng thảo luận cách làm "
                        "tốt hơn.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Đại đoàn kết toàn dân tộc là đường lối chiến lược, nguồn sức mạnh to lớn của cách mạng.",
                        "Nền tảng của khối đoàn kết là liên minh công nhân, nông dân và trí thức, do Đảng lãnh đạo.",
                        (
                            "Dân chủ: dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng; dân chủ "
                            "đi đôi với kỷ cương."
                        ),
                        (
                            "Ở doanh nghiệp, dân chủ thực hiện qua đối thoại, hội nghị người lao động, thỏa ước lao "
                            "động tập thể."
                        ),
                        (
                            "Nhà nước pháp quyền của nhân dân, do nhân dân, vì nhân dân; mọi người đều phải tuân theo "
                            "pháp luật."
                        ),
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Nền tảng của khối đại đoàn kết toàn dân tộc là gì?",
                    "choices": [
                        {
                            "text": "Các doanh nghiệp có vốn đầu tư nước ngoài",
                            "is_correct": False,
                        },
                        {
                            "text": "Những người cùng quê, cùng họ hàng",
                            "is_correct": False,
                        },
                        {
                            "text": "Liên minh giữa công nhân, nông dân và đội ngũ trí thức, do Đảng lãnh đạo",
                            "is_correct": True,
                        },
                    ],
                    "explanation": (
                        "Liên minh công nhân, nông dân và trí thức dưới sự lãnh đạo của Đảng là nền tảng để tập hợp "
                        "mọi tầng lớp nhân dân."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Công nhân trong tổ không đồng ý với cách tính tiền tăng ca mới. Đảng viên nên làm gì?",
                    "choices": [
                        {
                            "text": "Vận động mọi người nghỉ làm ngay để phản đối",
                            "is_correct": False,
                        },
                        {
                            "text": "Cùng công đoàn cơ sở tập hợp ý kiến và đề nghị đối thoại với doanh nghiệp",
                            "is_correct": True,
                        },
                        {
                            "text": "Khuyên mọi người cứ chấp nhận, đừng hỏi",
                            "is_correct": False,
                        },
                        {
                            "text": "Đăng bài lên mạng xã hội khi chưa rõ thông tin",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Đối thoại qua công đoàn là kênh dân chủ, đúng pháp luật, giúp giải quyết vướng mắc mà vẫn giữ "
                        "ổn định sản xuất."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-4-phat-trien-kinh-te-xa-hoi",
        "title": "Phát triển kinh tế - xã hội",
        "order": 4,
        "delivery_mode": "online",
        "periods": 4,
        "online_minutes": 40,
        "summary": (
            "Định hướng lớn về kinh tế thị trường định hướng xã hội chủ nghĩa, công nghiệp hóa, hiện đại hóa và chính "
            "sách xã hội, cùng vai trò của công nhân trong việc nâng năng suất."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được đặc điểm chính của nền kinh tế thị trường định hướng xã hội chủ nghĩa.",
            "Sau bài học, học viên hiểu vai trò của công nghiệp hóa, hiện đại hóa và năng suất lao động.",
            "Sau bài học, học viên nắm được một số chính sách xã hội chủ yếu đối với người lao động.",
            "Sau bài học, học viên xác định được việc làm cụ thể để góp phần phát triển sản xuất.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Phát triển kinh tế là nhiệm vụ trung tâm của cả nước. Mỗi sản phẩm làm ra trên dây chuyền, mỗi "
                    "giờ công lao động đều góp vào sức mạnh của đất nước. Bài này giới thiệu những định hướng lớn về "
                    "kinh tế - xã hội và vai trò của người công nhân, người đảng viên trong đó.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Kinh tế thị trường định hướng xã hội chủ nghĩa",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nền kinh tế nước ta vận hành theo các quy luật của thị trường như cung cầu, cạnh tranh, giá "
                    "cả; đồng thời có sự quản lý của Nhà nước và hướng tới mục tiêu dân giàu, nước mạnh, công bằng. Có "
                    "nhiều hình thức sở hữu, nhiều thành phần kinh tế. Kinh tế nhà nước giữ vai trò chủ đạo; kinh tế "
                    "tư nhân là một động lực quan trọng; kinh tế có vốn đầu tư nước ngoài được khuyến khích phát "
                    "triển.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Các thành phần kinh tế đều bình đẳng trước pháp luật, cùng hợp tác và cạnh tranh lành mạnh. Vì "
                    "vậy, dù làm ở doanh nghiệp tư nhân hay doanh nghiệp nước ngoài, người công nhân vẫn đang góp phần "
                    "xây dựng đất nước; đảng viên ở đó vẫn có đầy đủ trách nhiệm của người đảng viên.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Công nghiệp hóa, hiện đại hóa và năng suất lao động",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng chủ trương đẩy mạnh công nghiệp hóa, hiện đại hóa, gắn với phát triển kinh tế số, kinh tế "
                    "xanh. Các khu công nghiệp thu hút đầu tư và tạo việc làm cho hàng triệu lao động. Tuy vậy, năng "
                    "suất lao động của nước ta vẫn thấp hơn nhiều nước trong khu vực. Muốn thu nhập tăng bền vững, "
                    "phải nâng năng suất bằng tay nghề, công nghệ và cách tổ chức sản xuất hợp lý.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Trên chuyền, đảng viên có thể đi đầu trong các việc:</p><ul><li>Tham gia phong trào sáng kiến, "
                    "cải tiến kỹ thuật.</li><li>Làm tốt 5S: sàng lọc, sắp xếp, sạch sẽ, săn sóc, sẵn "
                    "sàng.</li><li>Giảm hàng lỗi, giảm lãng phí nguyên liệu.</li><li>Học thêm cách vận hành máy tự "
                    "động và kỹ năng số.</li></ul>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Tiến bộ và công bằng xã hội",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Tăng trưởng kinh tế phải đi đôi với tiến bộ, công bằng xã hội ngay trong từng chính sách. Với "
                    "công nhân, điều đó thể hiện qua lương tối thiểu vùng được điều chỉnh theo từng thời kỳ; bảo hiểm "
                    "xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; nhà ở xã hội, nhà trẻ, thiết chế văn hóa cho người "
                    "lao động ở khu công nghiệp.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên cần hiểu đúng các chính sách này để giải thích cho đồng nghiệp. Ví dụ: giúp mọi "
                    "người tra cứu quá trình đóng bảo hiểm trên ứng dụng VssID; giải thích vì sao nên cân nhắc kỹ "
                    "trước khi rút bảo hiểm xã hội một lần. Khi thấy doanh nghiệp chậm đóng bảo hiểm, hãy báo công "
                    "đoàn và chi bộ để được giải quyết đúng quy định.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Bốn nhiệm vụ lớn cần nhớ",
                    "text": (
                        "<p>Phát triển kinh tế là nhiệm vụ trung tâm; xây dựng Đảng là nhiệm vụ then chốt; phát triển "
                        "văn hóa là nền tảng tinh thần; bảo đảm quốc phòng, an ninh là nhiệm vụ trọng yếu, thường "
                        "xuyên.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Phát triển kinh tế là nhiệm vụ trung tâm.",
                        (
                            "Kinh tế thị trường định hướng xã hội chủ nghĩa có nhiều thành phần; kinh tế nhà nước giữ "
                            "vai trò chủ đạo, kinh tế tư nhân là một động lực quan trọng."
                        ),
                        (
                            "Công nghiệp hóa, hiện đại hóa đòi hỏi nâng năng suất bằng tay nghề, công nghệ và tổ chức "
                            "sản xuất."
                        ),
                        (
                            "Tăng trưởng phải đi đôi với tiến bộ, công bằng xã hội: tiền lương, bảo hiểm, nhà ở cho "
                            "người lao động."
                        ),
                        "Đảng viên đi đầu trong sáng kiến, 5S, giảm lãng phí và giúp đồng nghiệp hiểu đúng chính sách.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Trong nền kinh tế nước ta, thành phần kinh tế nào giữ vai trò chủ đạo?",
                    "choices": [
                        {
                            "text": "Kinh tế có vốn đầu tư nước ngoài",
                            "is_correct": False,
                        },
                        {
                            "text": "Kinh tế nhà nước",
                            "is_correct": True,
                        },
                        {
                            "text": "Kinh tế hộ gia đình",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Kinh tế nhà nước giữ vai trò chủ đạo, còn kinh tế tư nhân là một động lực quan trọng của nền "
                        "kinh tế."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": (
                        "Một đồng nghiệp định rút bảo hiểm xã hội một lần ngay khi vừa nghỉ việc. Lời khuyên nào phù "
                        "hợp nhất?"
                    ),
                    "choices": [
                        {
                            "text": "Cứ rút ngay để có tiền tiêu",
                            "is_correct": False,
                        },
                        {
                            "text": "Bảo hiểm xã hội chẳng có lợi gì, rút lúc nào cũng được",
                            "is_correct": False,
                        },
                        {
                            "text": (
                                "Tìm hiểu kỹ quy định; giữ lại quá trình đóng để hưởng lương hưu và các chế độ lâu dài"
                            ),
                            "is_correct": True,
                        },
                    ],
                    "explanation": (
                        "Rút một lần sẽ mất thời gian đóng đã tích lũy, ảnh hưởng đến quyền hưởng lương hưu. Cần tìm "
                        "hiểu kỹ trước khi quyết định."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-5-giao-duc-khoa-hoc-van-hoa-moi-truong",
        "title": "Giáo dục, khoa học, văn hóa và bảo vệ môi trường",
        "order": 5,
        "delivery_mode": "online",
        "periods": 4,
        "online_minutes": 35,
        "summary": (
            "Quan điểm của Đảng về giáo dục, khoa học - công nghệ, văn hóa và môi trường; việc học suốt đời, nếp sống "
            "văn minh và hành động xanh của người công nhân."
        ),
        "objectives": [
            (
                "Sau bài học, học viên nêu được vị trí của giáo dục, đào tạo và khoa học, công nghệ trong đường lối "
                "của Đảng."
            ),
            "Sau bài học, học viên hiểu vai trò của văn hóa và việc xây dựng con người Việt Nam.",
            "Sau bài học, học viên nêu được quan điểm phát triển bền vững, bảo vệ môi trường.",
            "Sau bài học, học viên tự đặt được mục tiêu học tập và hành động xanh ở nơi làm việc.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Một đất nước phát triển bền vững cần con người có tri thức, có văn hóa và một môi trường sống "
                    "trong lành. Bài này bàn về bốn lĩnh vực gắn trực tiếp với chất lượng cuộc sống của mỗi gia đình "
                    "công nhân: giáo dục, khoa học - công nghệ, văn hóa và môi trường.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Giáo dục, đào tạo và khoa học, công nghệ",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng xác định giáo dục và đào tạo cùng với khoa học và công nghệ là <b>quốc sách hàng đầu</b>. "
                    "Trọng tâm là phát triển nguồn nhân lực chất lượng cao, gắn đào tạo với nhu cầu của doanh nghiệp. "
                    "Gần đây, Đảng đặc biệt nhấn mạnh đột phá về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
                    "số, coi đó là động lực chính để đất nước phát triển nhanh và bền vững.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Với công nhân, học tập suốt đời không phải là khẩu hiệu. Máy móc trên chuyền ngày càng tự "
                    "động; ai không học thêm sẽ dễ bị thay thế. Đồng chí có thể học bổ túc văn hóa, học nghề buổi tối, "
                    "học ngoại ngữ dùng trong nhà máy, học dùng điện thoại và máy tính an toàn. Đảng viên nên chủ động "
                    "học trước và rủ đồng nghiệp cùng học.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Văn hóa và con người Việt Nam",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Văn hóa là nền tảng tinh thần của xã hội, vừa là mục tiêu vừa là động lực phát triển. Xây dựng "
                    "văn hóa gắn liền với xây dựng con người: yêu nước, trung thực, có trách nhiệm, có kỷ luật, biết "
                    "sáng tạo.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ở khu công nghiệp, văn hóa thể hiện trong từng hành vi nhỏ: xếp hàng khi lấy cơm ca, không nói "
                    "tục, không quát mắng nhau trong giờ làm, giữ khu nhà trọ sạch sẽ, quan tâm việc học của con dù bố "
                    "mẹ phải làm ca kíp. Đảng viên có thể cùng công đoàn tổ chức văn nghệ, thể thao, tủ sách để đời "
                    "sống tinh thần của công nhân phong phú hơn.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Bảo vệ môi trường, phát triển bền vững",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng chủ trương không đánh đổi môi trường để lấy tăng trưởng kinh tế. Việt Nam đã cam kết đưa "
                    "mức phát thải ròng khí nhà kính về “0” vào năm 2050. Doanh nghiệp xuất khẩu cũng ngày càng phải "
                    "đáp ứng các tiêu chuẩn xanh của khách hàng nước ngoài.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mỗi công nhân góp phần bằng việc cụ thể: phân loại rác tại nguồn; tắt máy, tắt đèn khi không "
                    "dùng; tiết kiệm nước; dùng hóa chất đúng hướng dẫn; không đổ dầu thải, hóa chất bừa bãi. Nếu thấy "
                    "dấu hiệu xả thải trái phép, đảng viên cần báo chi bộ, công đoàn hoặc cơ quan chức năng.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Học mỗi tuần một chút",
                    "text": (
                        "<p>Đặt mục tiêu nhỏ: mỗi tuần học một kỹ năng mới phục vụ công việc, ví dụ đọc bản vẽ, đọc "
                        "thông số máy hoặc 20 từ ngoại ngữ chuyên ngành. Ghi vào sổ tay để dùng khi tự kiểm điểm.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Giáo dục, đào tạo và khoa học, công nghệ là quốc sách hàng đầu.",
                        "Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực chính để phát triển.",
                        "Văn hóa là nền tảng tinh thần của xã hội; xây dựng văn hóa gắn với xây dựng con người.",
                        (
                            "Không đánh đổi môi trường để lấy tăng trưởng; Việt Nam cam kết phát thải ròng bằng “0” "
                            "vào năm 2050."
                        ),
                        "Đảng viên gương mẫu học tập suốt đời, sống văn minh và làm việc xanh.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Theo quan điểm của Đảng, giáo dục và đào tạo có vị trí như thế nào?",
                    "choices": [
                        {
                            "text": "Là quốc sách hàng đầu",
                            "is_correct": True,
                        },
                        {
                            "text": "Là việc riêng của từng gia đình",
                            "is_correct": False,
                        },
                        {
                            "text": "Chỉ cần thiết với học sinh, sinh viên",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Đảng xác định giáo dục và đào tạo là quốc sách hàng đầu, vì con người là nhân tố quyết định "
                        "sự phát triển."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Việc làm nào thể hiện trách nhiệm bảo vệ môi trường của người công nhân?",
                    "choices": [
                        {
                            "text": "Đổ dầu máy thải xuống cống cho nhanh",
                            "is_correct": False,
                        },
                        {
                            "text": "Để máy chạy không tải suốt giờ nghỉ",
                            "is_correct": False,
                        },
                        {
                            "text": "Phân loại rác và dùng hóa chất đúng hướng dẫn",
                            "is_correct": True,
                        },
                        {
                            "text": "Vứt giẻ lau dính dầu chung với rác sinh hoạt",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Phân loại rác và dùng hóa chất đúng cách giúp giảm ô nhiễm; các việc còn lại đều gây hại cho "
                        "môi trường."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-6-quoc-phong-an-ninh",
        "title": "Quốc phòng, an ninh và bảo vệ Tổ quốc",
        "order": 6,
        "delivery_mode": "blended",
        "periods": 4,
        "online_minutes": 30,
        "summary": (
            "Quan điểm của Đảng về quốc phòng, an ninh, những thách thức mới, và việc đảng viên giữ gìn an ninh, trật "
            "tự ngay tại doanh nghiệp và trên mạng xã hội."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được mục tiêu và quan điểm chính của Đảng về quốc phòng, an ninh.",
            "Sau bài học, học viên nhận diện được một số thách thức an ninh mới, nhất là trên không gian mạng.",
            "Sau bài học, học viên biết cách xử lý tin giả và các hành vi kích động ở nơi làm việc.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Hòa bình, ổn định là điều kiện để nhà máy sản xuất, để người lao động yên tâm làm việc. Bảo vệ "
                    "Tổ quốc là sự nghiệp của toàn dân, trong đó đảng viên phải gương mẫu. Bài này có phần học trực "
                    "tuyến và một buổi sinh hoạt trực tiếp để trao đổi về tình huống thực tế.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Quan điểm của Đảng về quốc phòng, an ninh",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mục tiêu là bảo vệ vững chắc độc lập, chủ quyền, thống nhất, toàn vẹn lãnh thổ; bảo vệ Đảng, "
                    "Nhà nước, nhân dân và chế độ xã hội chủ nghĩa; giữ môi trường hòa bình, ổn định để phát triển. "
                    "Đảng chủ trương xây dựng nền quốc phòng toàn dân gắn với nền an ninh nhân dân, tạo thế trận vững "
                    "chắc trong lòng dân.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Quân đội nhân dân và Công an nhân dân là lực lượng nòng cốt, đặt dưới sự lãnh đạo tuyệt đối, "
                    "trực tiếp về mọi mặt của Đảng. Đảng cũng nhấn mạnh bảo vệ Tổ quốc từ sớm, từ xa, chủ động phòng "
                    "ngừa nguy cơ ngay từ khi chưa xuất hiện.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Các vua Hùng đã có công dựng nước, Bác cháu ta phải cùng nhau giữ lấy nước.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Những thách thức mới",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Bên cạnh nguy cơ về quân sự, hiện nay còn nhiều thách thức khác: tội phạm mạng, lừa đảo qua "
                    "điện thoại, tín dụng đen, ma túy, dịch bệnh, thiên tai. Các thế lực thù địch lợi dụng mạng xã hội "
                    "để tung tin sai sự thật, xuyên tạc đường lối của Đảng, kích động gây mất ổn định, thúc đẩy “tự "
                    "diễn biến”, “tự chuyển hóa” trong nội bộ.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ở khu công nghiệp, kẻ xấu có thể lợi dụng bức xúc về tiền lương, điều kiện làm việc để kích "
                    "động ngừng việc tự phát, trái pháp luật, thậm chí gây rối. Đảng viên cần bình tĩnh, nắm chắc "
                    "thông tin, phối hợp với công đoàn đưa vấn đề vào kênh đối thoại, đồng thời kịp thời báo cáo chi "
                    "bộ.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Việc làm cụ thể của đảng viên ở doanh nghiệp",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đồng chí có thể góp phần bảo vệ Tổ quốc ngay tại nơi làm việc:</p><ul><li>Tham gia lực lượng "
                    "tự vệ, đội phòng cháy, chữa cháy cơ sở khi được phân công.</li><li>Chấp hành nghĩa vụ quân sự; "
                    "động viên người thân trong độ tuổi thực hiện đúng luật.</li><li>Không chia sẻ tin chưa kiểm "
                    "chứng, không bấm đường link lạ, giữ kín thông tin cá nhân và bí mật của doanh nghiệp.</li><li>Báo "
                    "lực lượng chức năng khi phát hiện ma túy, cờ bạc, trộm cắp ở khu nhà trọ.</li></ul>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Ba bước trước khi chia sẻ một tin trên mạng",
                    "text": (
                        "<p><b>Dừng lại</b>: đừng chia sẻ ngay. <b>Kiểm tra</b>: tin có từ nguồn chính thống không? "
                        "<b>Hỏi</b>: trao đổi với chi bộ, công đoàn khi còn nghi ngờ.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        (
                            "Mục tiêu: bảo vệ vững chắc độc lập, chủ quyền, toàn vẹn lãnh thổ, bảo vệ Đảng, Nhà nước, "
                            "nhân dân và chế độ."
                        ),
                        "Xây dựng nền quốc phòng toàn dân gắn với nền an ninh nhân dân; bảo vệ Tổ quốc từ sớm, từ xa.",
                        (
                            "Quân đội nhân dân và Công an nhân dân là lực lượng nòng cốt, đặt dưới sự lãnh đạo tuyệt "
                            "đối, trực tiếp của Đảng."
                        ),
                        "Thách thức mới: tội phạm mạng, tin giả, lừa đảo, kích động gây mất ổn định.",
                        (
                            "Đảng viên tỉnh táo với tin trên mạng, tham gia tự vệ, phòng cháy, chữa cháy và giữ trật "
                            "tự nơi làm việc."
                        ),
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Lực lượng nòng cốt trong nhiệm vụ quốc phòng, an ninh là lực lượng nào?",
                    "choices": [
                        {
                            "text": "Quân đội nhân dân và Công an nhân dân",
                            "is_correct": True,
                        },
                        {
                            "text": "Các công ty bảo vệ tư nhân",
                            "is_correct": False,
                        },
                        {
                            "text": "Chỉ riêng lực lượng dân quân tự vệ",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Quân đội nhân dân và Công an nhân dân là nòng cốt, cùng toàn dân thực hiện nhiệm vụ bảo vệ Tổ "
                        "quốc."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": (
                        "Nhóm Zalo của tổ lan truyền tin “doanh nghiệp sắp cắt toàn bộ thưởng Tết” và rủ nhau nghỉ "
                        "việc phản đối. Đảng viên nên làm gì trước tiên?"
                    ),
                    "choices": [
                        {
                            "text": "Chia sẻ tiếp cho nhiều người cùng biết",
                            "is_correct": False,
                        },
                        {
                            "text": "Rời nhóm và không quan tâm",
                            "is_correct": False,
                        },
                        {
                            "text": "Hưởng ứng lời kêu gọi nghỉ việc",
                            "is_correct": False,
                        },
                        {
                            "text": (
                                "Kiểm tra thông tin với công đoàn, báo chi bộ và khuyên mọi người chờ thông tin chính "
                                "thức"
                            ),
                            "is_correct": True,
                        },
                    ],
                    "explanation": (
                        "Tin chưa kiểm chứng dễ bị lợi dụng để kích động. Đảng viên cần xác minh qua kênh chính thức "
                        "và giữ ổn định trong tập thể."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-7-doi-ngoai-va-hoi-nhap-quoc-te",
        "title": "Đối ngoại và hội nhập quốc tế",
        "order": 7,
        "delivery_mode": "online",
        "periods": 4,
        "online_minutes": 35,
        "summary": (
            "Đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa; cơ hội và yêu cầu mà hội nhập đặt ra cho "
            "doanh nghiệp và người lao động ở khu công nghiệp."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được những nội dung chính của đường lối đối ngoại của Đảng.",
            "Sau bài học, học viên hiểu tác động của hội nhập quốc tế đối với việc làm và điều kiện lao động.",
            "Sau bài học, học viên biết giữ vững lập trường khi làm việc trong doanh nghiệp có vốn nước ngoài.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Nhiều công nhân đang làm việc trong doanh nghiệp có vốn đầu tư nước ngoài, sản phẩm làm ra "
                    "được xuất đi khắp thế giới. Đó là kết quả của chính sách đối ngoại rộng mở và hội nhập quốc tế. "
                    "Bài này giúp đồng chí hiểu đường lối đối ngoại của Đảng và ý nghĩa của nó với người lao động.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Đường lối đối ngoại của Đảng",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Việt Nam thực hiện đường lối đối ngoại <b>độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát "
                    "triển</b>; đa phương hóa, đa dạng hóa quan hệ. Nước ta là bạn, là đối tác tin cậy và là thành "
                    "viên tích cực, có trách nhiệm của cộng đồng quốc tế. Nguyên tắc cao nhất là bảo đảm lợi ích quốc "
                    "gia - dân tộc, dựa trên luật pháp quốc tế, bình đẳng và cùng có lợi.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Về quốc phòng, Việt Nam giữ chính sách “bốn không”: không tham gia liên minh quân sự; không đi "
                    "với nước này để chống nước kia; không để nước ngoài đặt căn cứ quân sự hay dùng lãnh thổ nước ta "
                    "chống nước khác; không dùng vũ lực hoặc đe dọa dùng vũ lực trong quan hệ quốc tế.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Cách làm đối ngoại của Việt Nam thường được ví như cây tre: gốc vững, thân chắc, cành uyển "
                    "chuyển. Nghĩa là kiên định về mục tiêu, nguyên tắc, nhưng mềm dẻo, linh hoạt về cách làm.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Dĩ bất biến, ứng vạn biến.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Hội nhập quốc tế và người công nhân",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Việt Nam là thành viên ASEAN, Tổ chức Thương mại thế giới (WTO), và đã tham gia nhiều hiệp "
                    "định thương mại tự do như CPTPP, EVFTA. Hội nhập mở ra thị trường, thu hút vốn đầu tư, tạo thêm "
                    "nhiều việc làm ở các khu công nghiệp.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Hội nhập cũng đặt ra yêu cầu cao hơn. Khách hàng nước ngoài kiểm tra cả chất lượng sản phẩm "
                    "lẫn điều kiện lao động: giờ làm, an toàn, không dùng lao động trẻ em, tôn trọng quyền của người "
                    "lao động. Doanh nghiệp vi phạm có thể mất đơn hàng. Vì vậy, làm đúng luật lao động vừa bảo vệ "
                    "công nhân, vừa giữ việc làm cho chính họ.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên làm việc ở doanh nghiệp có vốn nước ngoài cần tôn trọng quy định và văn hóa của "
                    "doanh nghiệp, học ngoại ngữ và tác phong công nghiệp. Đồng thời phải giữ vững bản lĩnh, không nói "
                    "và làm trái đường lối của Đảng, lợi ích của đất nước. Cư xử đúng mực với chuyên gia nước ngoài "
                    "cũng là góp phần vào đối ngoại nhân dân.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Ba trụ cột đối ngoại",
                    "text": (
                        "<p>Đối ngoại có ba trụ cột: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân. Mỗi "
                        "công nhân làm việc tận tụy, cư xử văn minh cũng đang góp phần xây dựng hình ảnh đẹp của Việt "
                        "Nam.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        (
                            "Đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển; đa phương hóa, đa "
                            "dạng hóa quan hệ."
                        ),
                        "Nguyên tắc cao nhất là bảo đảm lợi ích quốc gia - dân tộc.",
                        "Chính sách quốc phòng “bốn không” thể hiện đường lối hòa bình, tự vệ.",
                        "Hội nhập tạo việc làm nhưng đòi hỏi doanh nghiệp tuân thủ tiêu chuẩn lao động cao hơn.",
                        "Đảng viên ở doanh nghiệp nước ngoài vừa tôn trọng quy định, vừa giữ vững bản lĩnh chính trị.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Nguyên tắc cao nhất trong hoạt động đối ngoại của nước ta là gì?",
                    "choices": [
                        {
                            "text": "Dựa hẳn vào một nước lớn",
                            "is_correct": False,
                        },
                        {
                            "text": "Bảo đảm cao nhất lợi ích quốc gia - dân tộc",
                            "is_correct": True,
                        },
                        {
                            "text": "Hạn chế tối đa quan hệ với nước ngoài",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Mọi hoạt động đối ngoại đều nhằm bảo đảm lợi ích quốc gia - dân tộc, trên cơ sở luật pháp "
                        "quốc tế và cùng có lợi."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Vì sao doanh nghiệp xuất khẩu cần tuân thủ nghiêm pháp luật lao động?",
                    "choices": [
                        {
                            "text": (
                                "Vì đối tác nước ngoài đánh giá cả điều kiện lao động; vi phạm có thể mất đơn hàng, "
                                "ảnh hưởng việc làm"
                            ),
                            "is_correct": True,
                        },
                        {
                            "text": "Vì chỉ doanh nghiệp xuất khẩu mới phải tuân thủ luật lao động",
                            "is_correct": False,
                        },
                        {
                            "text": "Vì luật lao động chỉ áp dụng cho người nước ngoài",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Pháp luật lao động áp dụng cho mọi doanh nghiệp; riêng với doanh nghiệp xuất khẩu, tuân thủ "
                        "tốt còn giúp giữ khách hàng và việc làm."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-8-to-chuc-cua-dang-va-to-chuc-co-so-dang",
        "title": "Tổ chức của Đảng và xây dựng tổ chức cơ sở đảng",
        "order": 8,
        "delivery_mode": "in_person",
        "periods": 5,
        "online_minutes": 15,
        "summary": (
            "Nguyên tắc tổ chức và hoạt động của Đảng, vai trò của tổ chức cơ sở đảng trong doanh nghiệp, và cách đảng "
            "viên làm ca kíp tham gia xây dựng chi bộ."
        ),
        "objectives": [
            "Sau bài học, học viên trình bày được nguyên tắc tập trung dân chủ và các nguyên tắc hoạt động của Đảng.",
            "Sau bài học, học viên nêu được vị trí, nhiệm vụ của tổ chức cơ sở đảng trong doanh nghiệp.",
            "Sau bài học, học viên biết rõ quyền và trách nhiệm của đảng viên dự bị trong sinh hoạt chi bộ.",
            "Sau bài học, học viên đề xuất được việc làm cụ thể góp phần xây dựng chi bộ.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng là một tổ chức chặt chẽ, thống nhất từ Trung ương đến cơ sở. Chi bộ, nơi đồng chí sinh "
                    "hoạt hằng tháng, là tế bào của Đảng. Bài này học trực tiếp tại lớp; trước buổi học, đồng chí dành "
                    "khoảng 15 phút đọc tài liệu trực tuyến.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Nguyên tắc tổ chức và hoạt động của Đảng",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Nguyên tắc tổ chức cơ bản của Đảng là <b>tập trung dân chủ</b>. Mọi vấn đề được bàn bạc dân "
                    "chủ rồi quyết định theo đa số. Thiểu số phục tùng đa số, cấp dưới phục tùng cấp trên, cá nhân "
                    "phục tùng tổ chức. Đảng viên có ý kiến khác được trình bày và bảo lưu, nhưng vẫn phải chấp hành "
                    "nghị quyết, không được nói và làm trái.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng còn hoạt động theo các nguyên tắc: tự phê bình và phê bình; đoàn kết thống nhất; gắn bó "
                    "mật thiết với nhân dân; hoạt động trong khuôn khổ Hiến pháp và pháp luật. Cơ quan lãnh đạo cao "
                    "nhất là Đại hội đại biểu toàn quốc, thường năm năm họp một lần; giữa hai kỳ đại hội là Ban Chấp "
                    "hành Trung ương.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Tổ chức cơ sở đảng trong doanh nghiệp",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Tổ chức cơ sở đảng là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Doanh nghiệp có từ ba "
                    "đảng viên chính thức trở lên thì lập tổ chức đảng. Tùy số lượng đảng viên, đó có thể là chi bộ cơ "
                    "sở hoặc đảng bộ cơ sở có các chi bộ trực thuộc. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ở doanh nghiệp tư nhân và doanh nghiệp có vốn nước ngoài, tổ chức đảng tôn trọng quyền quản "
                    "lý, điều hành hợp pháp của chủ doanh nghiệp. Việc chính của chi bộ là: lãnh đạo công đoàn, đoàn "
                    "thanh niên; vận động người lao động và chủ doanh nghiệp chấp hành pháp luật; góp phần xây dựng "
                    "quan hệ lao động hài hòa, ổn định; chăm lo đời sống công nhân; phát hiện, bồi dưỡng quần chúng ưu "
                    "tú để kết nạp vào Đảng.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao.",
                    "source": "Ca dao Việt Nam",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Đảng viên mới tham gia xây dựng chi bộ",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Chi bộ mạnh hay yếu phụ thuộc vào từng đảng viên. Với người làm ca kíp, sinh hoạt đầy đủ không "
                    "dễ. Đồng chí nên báo trước lịch ca với chi ủy để bố trí giờ họp phù hợp; vắng mặt phải có lý do "
                    "và báo cáo. Trong buổi sinh hoạt, hãy phát biểu thẳng thắn về tình hình trên chuyền và tâm tư của "
                    "công nhân mà mình nắm được.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đồng chí cần đóng đảng phí hằng tháng đúng quy định; hoàn thành việc chi bộ giao; giữ mối liên "
                    "hệ với tổ chức đảng và nhân dân nơi cư trú; khi chuyển chỗ làm phải làm thủ tục chuyển sinh hoạt "
                    "đảng, không để gián đoạn. Đảng viên dự bị có các quyền như đảng viên chính thức, trừ quyền biểu "
                    "quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Khi ca làm việc trùng giờ sinh hoạt chi bộ",
                    "text": (
                        "<p>Báo chi ủy càng sớm càng tốt và có thể gửi ý kiến đóng góp trước bằng văn bản. Sau buổi "
                        "họp, chủ động hỏi lại nghị quyết của chi bộ và phần việc được giao cho mình.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        "Tập trung dân chủ là nguyên tắc tổ chức cơ bản của Đảng.",
                        (
                            "Đảng hoạt động theo nguyên tắc tự phê bình và phê bình, đoàn kết, gắn bó với nhân dân, "
                            "trong khuôn khổ Hiến pháp và pháp luật."
                        ),
                        (
                            "Tổ chức cơ sở đảng là nền tảng của Đảng, hạt nhân chính trị ở cơ sở; chi bộ sinh hoạt "
                            "thường kỳ mỗi tháng một lần."
                        ),
                        (
                            "Trong doanh nghiệp ngoài nhà nước, chi bộ lãnh đạo các đoàn thể, vận động chấp hành pháp "
                            "luật, xây dựng quan hệ lao động hài hòa."
                        ),
                        (
                            "Đảng viên dự bị có quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử, bầu cử "
                            "cơ quan lãnh đạo của Đảng."
                        ),
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Nguyên tắc tổ chức cơ bản của Đảng là gì?",
                    "choices": [
                        {
                            "text": "Ai có chức vụ cao nhất thì tự quyết mọi việc",
                            "is_correct": False,
                        },
                        {
                            "text": "Tập trung dân chủ",
                            "is_correct": True,
                        },
                        {
                            "text": "Mỗi đảng viên tự làm theo ý mình",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Tập trung dân chủ nghĩa là bàn bạc dân chủ, quyết định theo đa số và mọi người nghiêm túc "
                        "chấp hành."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Đảng viên dự bị KHÔNG có quyền nào sau đây?",
                    "choices": [
                        {
                            "text": "Được thông tin và thảo luận công việc của chi bộ",
                            "is_correct": False,
                        },
                        {
                            "text": "Phê bình, chất vấn trong tổ chức đảng",
                            "is_correct": False,
                        },
                        {
                            "text": "Biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng",
                            "is_correct": True,
                        },
                        {
                            "text": "Trình bày ý kiến khi tổ chức đảng nhận xét về mình",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Đảng viên dự bị có các quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử "
                        "cơ quan lãnh đạo của Đảng."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Chi bộ sinh hoạt thường kỳ bao lâu một lần?",
                    "choices": [
                        {
                            "text": "Mỗi tuần một lần",
                            "is_correct": False,
                        },
                        {
                            "text": "Mỗi tháng một lần",
                            "is_correct": True,
                        },
                        {
                            "text": "Mỗi quý một lần",
                            "is_correct": False,
                        },
                        {
                            "text": "Mỗi năm một lần",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần. Đảng viên làm ca cần báo trước lịch làm việc để "
                        "tham gia đầy đủ."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-9-xay-dung-chinh-don-dang",
        "title": "Xây dựng, chỉnh đốn Đảng",
        "order": 9,
        "delivery_mode": "blended",
        "periods": 5,
        "online_minutes": 40,
        "summary": (
            "Xây dựng Đảng toàn diện, nhận diện biểu hiện suy thoái, kiểm tra, giám sát, phòng chống tiêu cực, và thực "
            "hành tự phê bình, phê bình ngay trong chi bộ doanh nghiệp."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được các mặt của công tác xây dựng, chỉnh đốn Đảng.",
            "Sau bài học, học viên nhận diện được một số biểu hiện suy thoái và tiêu cực, kể cả ở nơi làm việc.",
            "Sau bài học, học viên hiểu vai trò của kiểm tra, giám sát, kỷ luật đảng.",
            "Sau bài học, học viên thực hành được tự phê bình và phê bình đúng cách.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Xây dựng Đảng là nhiệm vụ then chốt, có ý nghĩa sống còn đối với Đảng và chế độ. Một Đảng cầm "
                    "quyền phải thường xuyên tự đổi mới, tự chỉnh đốn để luôn trong sạch, vững mạnh. Bài này gồm phần "
                    "học trực tuyến và một buổi học trực tiếp để thực hành tự phê bình và phê bình.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Xây dựng Đảng toàn diện",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng chủ trương xây dựng, chỉnh đốn Đảng toàn diện về <b>chính trị, tư tưởng, đạo đức, tổ chức "
                    "và cán bộ</b>. Về chính trị, phải kiên định mục tiêu, con đường đã chọn. Về tư tưởng, phải học "
                    "tập lý luận, đấu tranh với quan điểm sai trái. Về đạo đức, cán bộ, đảng viên phải nêu gương, sống "
                    "trong sạch. Về tổ chức và cán bộ, phải làm cho chi bộ mạnh, đảng viên có chất lượng.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng thẳng thắn chỉ ra những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự "
                    "diễn biến”, “tự chuyển hóa” trong một bộ phận cán bộ, đảng viên. Đó là phai nhạt lý tưởng; sống "
                    "thực dụng, cá nhân chủ nghĩa; nói không đi đôi với làm; tham nhũng, lợi ích nhóm; thờ ơ trước khó "
                    "khăn của người dân.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Kiểm tra, giám sát và phòng, chống tiêu cực",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Kiểm tra, giám sát là chức năng lãnh đạo của Đảng. Mọi tổ chức đảng và đảng viên đều chịu sự "
                    "kiểm tra, giám sát; ai vi phạm đều bị xử lý nghiêm, không có vùng cấm, không có ngoại lệ. Cuộc "
                    "đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí được đẩy mạnh, góp phần củng cố niềm tin "
                    "của nhân dân.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Tiêu cực không chỉ có ở nơi nào xa xôi. Trong nhà máy cũng có những việc đảng viên phải tránh "
                    "và góp ý ngăn chặn:</p><ul><li>Nhận tiền để “chạy” cho người quen vào làm.</li><li>Tổ trưởng ưu "
                    "ái xếp ca, chấm tăng ca cho người thân.</li><li>Ký khống phiếu kiểm tra chất lượng.</li><li>Mang "
                    "vật tư của doanh nghiệp về dùng riêng.</li></ul>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Cần, kiệm, liêm, chính, chí công vô tư.",
                    "source": "Chủ tịch Hồ Chí Minh",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Tự phê bình và phê bình",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Bác Hồ ví tự phê bình và phê bình như vũ khí sắc bén giúp Đảng tự làm trong sạch. Tự phê bình "
                    "là tự nhìn nhận ưu điểm, khuyết điểm của mình. Phê bình là góp ý cho đồng chí với tinh thần xây "
                    "dựng, có lý có tình; không nể nang, né tránh, cũng không lợi dụng để công kích cá nhân.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Ví dụ: trong buổi sinh hoạt, đồng chí A tự nhận tháng này đi làm muộn hai lần và chưa kèm cặp "
                    "xong công nhân mới, rồi nêu cách khắc phục. Đồng chí B góp ý rằng A hay nóng nảy khi nhắc nhở "
                    "công nhân, làm mọi người ngại hỏi. Góp ý đúng là nêu sự việc cụ thể, chỉ ra ảnh hưởng và đề xuất "
                    "cách sửa, không quy chụp.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Chuẩn bị cho buổi học trực tiếp",
                    "text": (
                        "<p>Mỗi học viên chuẩn bị một ưu điểm, một khuyết điểm của bản thân trong công việc và một "
                        "việc cụ thể sẽ sửa trong tháng tới. Cả lớp tập góp ý cho nhau theo ba bước: sự việc – ảnh "
                        "hưởng – đề xuất.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        (
                            "Xây dựng Đảng là nhiệm vụ then chốt, tiến hành toàn diện về chính trị, tư tưởng, đạo đức, "
                            "tổ chức và cán bộ."
                        ),
                        "Cần nhận diện và đấu tranh với biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”.",
                        "Kiểm tra, giám sát là chức năng lãnh đạo của Đảng; xử lý vi phạm không có vùng cấm.",
                        "Phòng, chống tiêu cực bắt đầu từ những việc nhỏ ở tổ, ở chuyền.",
                        "Tự phê bình và phê bình phải thẳng thắn, cụ thể, có lý có tình.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Trong đường lối của Đảng, xây dựng Đảng được xác định là nhiệm vụ gì?",
                    "choices": [
                        {
                            "text": "Nhiệm vụ then chốt",
                            "is_correct": True,
                        },
                        {
                            "text": "Việc phụ, làm khi có thời gian",
                            "is_correct": False,
                        },
                        {
                            "text": "Việc riêng của cấp ủy cấp trên",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Xây dựng Đảng là nhiệm vụ then chốt, vì Đảng có vững mạnh thì mới lãnh đạo thành công các "
                        "nhiệm vụ khác."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Việc nào sau đây là biểu hiện tiêu cực cần đấu tranh trong doanh nghiệp?",
                    "choices": [
                        {
                            "text": "Công nhân đề xuất sáng kiến giảm hàng lỗi",
                            "is_correct": False,
                        },
                        {
                            "text": "Tổ trưởng nhận tiền để xếp ca, chấm tăng ca cho người quen",
                            "is_correct": True,
                        },
                        {
                            "text": "Đảng viên kèm cặp tay nghề cho người mới",
                            "is_correct": False,
                        },
                    ],
                    "explanation": (
                        "Lợi dụng vị trí để vụ lợi, thiên vị là biểu hiện tiêu cực, làm mất công bằng và niềm tin của "
                        "công nhân."
                    ),
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Cách phê bình nào là đúng?",
                    "choices": [
                        {
                            "text": "Nói chung chung cho khỏi mất lòng",
                            "is_correct": False,
                        },
                        {
                            "text": "Lợi dụng buổi họp để trả đũa chuyện cá nhân",
                            "is_correct": False,
                        },
                        {
                            "text": "Im lặng, để cấp trên tự phát hiện",
                            "is_correct": False,
                        },
                        {
                            "text": "Nêu sự việc cụ thể, chỉ ra ảnh hưởng và đề xuất cách sửa",
                            "is_correct": True,
                        },
                    ],
                    "explanation": (
                        "Phê bình đúng là giúp nhau tiến bộ, nên cần cụ thể, khách quan và có đề xuất khắc phục."
                    ),
                },
            },
        ],
    },
    {
        "slug": "bai-10-ren-luyen-phan-dau-tro-thanh-dang-vien-xung-dang",
        "title": "Rèn luyện, phấn đấu trở thành đảng viên xứng đáng",
        "order": 10,
        "delivery_mode": "in_person",
        "periods": 4,
        "online_minutes": 15,
        "summary": (
            "Nhiệm vụ, quyền của đảng viên, quy trình xét chuyển đảng viên chính thức sau 12 tháng dự bị, và cách lập "
            "kế hoạch rèn luyện cụ thể của riêng mình."
        ),
        "objectives": [
            "Sau bài học, học viên nêu được nhiệm vụ và quyền của người đảng viên.",
            "Sau bài học, học viên nắm được các bước xét chuyển đảng viên chính thức.",
            "Sau bài học, học viên lập được kế hoạch rèn luyện cụ thể, kiểm tra được trong thời gian dự bị.",
        ],
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Được kết nạp vào Đảng là niềm vinh dự, đồng thời là khởi đầu của một chặng đường rèn luyện. "
                    "Trong 12 tháng dự bị, đồng chí cần chứng minh bằng việc làm rằng mình xứng đáng là đảng viên "
                    "chính thức. Bài cuối của lớp học trực tiếp tại lớp, kèm khoảng 15 phút đọc tài liệu trực tuyến, "
                    "giúp đồng chí lập kế hoạch rèn luyện cho riêng mình.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Nhiệm vụ và quyền của đảng viên",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Có thể tóm gọn nhiệm vụ của đảng viên thành bốn nhóm:</p><ol><li>Trung thành với mục đích, lý "
                    "tưởng của Đảng; gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước; hoàn thành tốt "
                    "công việc được giao.</li><li>Không ngừng học tập, nâng cao trình độ; giữ gìn đạo đức, lối sống "
                    "lành mạnh; chống chủ nghĩa cá nhân, tham nhũng, lãng phí.</li><li>Gắn bó với quần chúng, lắng "
                    "nghe và phản ánh ý kiến của người lao động; tham gia công tác ở nơi làm việc và nơi cư "
                    "trú.</li><li>Tham gia xây dựng Đảng; chấp hành kỷ luật, giữ đoàn kết; tự phê bình và phê bình; "
                    "sinh hoạt đảng và đóng đảng phí đúng quy định.</li></ol>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Đảng viên có quyền được thông tin, thảo luận, phê bình, chất vấn trong tổ chức đảng; được báo "
                    "cáo, kiến nghị với cấp có thẩm quyền; được trình bày ý kiến khi tổ chức đảng nhận xét hoặc quyết "
                    "định về mình. Đảng viên dự bị có các quyền này, trừ quyền biểu quyết, ứng cử và bầu cử cơ quan "
                    "lãnh đạo của Đảng.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Xét chuyển đảng viên chính thức",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Khi hết 12 tháng dự bị, đảng viên dự bị viết bản tự kiểm điểm. Đảng viên được phân công giúp "
                    "đỡ nhận xét bằng văn bản. Chi bộ lấy ý kiến của đoàn thể nơi đồng chí làm việc và của chi ủy nơi "
                    "cư trú, sau đó họp xét, biểu quyết và đề nghị cấp ủy có thẩm quyền công nhận đảng viên chính "
                    "thức. Nếu không đủ tư cách, cấp ủy có thẩm quyền sẽ quyết định xóa tên trong danh sách đảng viên "
                    "dự bị.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Vì vậy, cả công đoàn, đồng nghiệp trên chuyền và bà con nơi ở trọ đều là những người “chấm "
                    "điểm” đồng chí. Hãy sống và làm việc sao cho ở đâu người ta cũng tin tưởng.</p>"
                ),
            },
            {
                "type": "quotation",
                "value": {
                    "text": "Đảng viên đi trước, làng nước theo sau.",
                    "source": "Câu nói quen thuộc trong nhân dân",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Lập kế hoạch rèn luyện của riêng mình",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Kế hoạch nên ngắn gọn, cụ thể, kiểm tra được. Ví dụ, một công nhân chuyền may có thể đặt mục "
                    "tiêu: không vi phạm nội quy và đạt năng suất định mức hằng tháng; kèm cặp hai công nhân mới thành "
                    "thạo công đoạn trong ba tháng; học xong một lớp nâng cao tay nghề; tích cực giới thiệu quần chúng "
                    "ưu tú cho chi bộ; tham gia sinh hoạt ở tổ dân phố nơi ở trọ.</p>"
                ),
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mỗi tháng, đồng chí tự nhìn lại: việc gì đã làm được, việc gì chưa, vì sao. Trao đổi thường "
                    "xuyên với đảng viên được phân công giúp đỡ mình. Đừng ngại nhận khuyết điểm; điều quan trọng là "
                    "sửa được và tiến bộ rõ sau mỗi tháng.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Điều kiện cần nhớ",
                    "text": (
                        "<p>Hoàn thành lớp bồi dưỡng đảng viên mới và được cấp giấy chứng nhận là một điều kiện để xét "
                        "chuyển đảng viên chính thức. Hãy giữ giấy chứng nhận cẩn thận và nộp cho chi bộ khi làm hồ "
                        "sơ.</p>"
                    ),
                },
            },
            {
                "type": "key_points",
                "value": {
                    "title": "Tóm tắt ý chính",
                    "points": [
                        (
                            "Đảng viên có bốn nhóm nhiệm vụ: trung thành và gương mẫu; học tập, rèn luyện đạo đức; gắn "
                            "bó với quần chúng; tham gia xây dựng Đảng."
                        ),
                        (
                            "Đảng viên dự bị có quyền như đảng viên chính thức, trừ biểu quyết, ứng cử, bầu cử cơ quan "
                            "lãnh đạo của Đảng."
                        ),
                        (
                            "Hết 12 tháng dự bị, chi bộ xét và đề nghị cấp ủy có thẩm quyền công nhận đảng viên chính "
                            "thức."
                        ),
                        "Ý kiến của đoàn thể nơi làm việc và chi ủy nơi cư trú là căn cứ quan trọng khi xét.",
                        "Kế hoạch rèn luyện cần cụ thể, kiểm tra được và được tự đánh giá hằng tháng.",
                    ],
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Thời gian dự bị của đảng viên mới là bao lâu?",
                    "choices": [
                        {
                            "text": "6 tháng",
                            "is_correct": False,
                        },
                        {
                            "text": "12 tháng",
                            "is_correct": True,
                        },
                        {
                            "text": "18 tháng",
                            "is_correct": False,
                        },
                        {
                            "text": "24 tháng",
                            "is_correct": False,
                        },
                    ],
                    "explanation": "Thời gian dự bị là 12 tháng, tính từ ngày chi bộ tổ chức lễ kết nạp.",
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "Mục tiêu rèn luyện nào được viết cụ thể, dễ kiểm tra nhất?",
                    "choices": [
                        {
                            "text": "Cố gắng phấn đấu tốt hơn",
                            "is_correct": False,
                        },
                        {
                            "text": "Luôn luôn gương mẫu về mọi mặt",
                            "is_correct": False,
                        },
                        {
                            "text": "Kèm cặp hai công nhân mới thành thạo công đoạn trong ba tháng",
                            "is_correct": True,
                        },
                    ],
                    "explanation": (
                        "Mục tiêu tốt cần nêu rõ việc gì, bao nhiêu, trong thời gian nào, để chi bộ và bản thân dễ "
                        "đánh giá."
                    ),
                },
            },
        ],
    },
]
