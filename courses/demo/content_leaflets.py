"""Demo leaflets for owners and managers of foreign-invested enterprises, written for this project.

Each leaflet: Vietnamese title, summary and sections (heading, text), then its translations in the same order.
The second leaflet has no Chinese or Japanese translation yet, so the demo shows what translators still owe.
"""

INDEX = {
    "title": "Tờ rơi tuyên truyền",
    "slug": "to-roi",
    "intro": "<p>Tài liệu ngắn gửi chủ doanh nghiệp và người quản lý, có bản dịch tiếng Anh, Hàn, Trung, Nhật.</p>",
}

LEAFLETS = [
    {
        "slug": "to-chuc-dang-cong-doan-trong-doanh-nghiep",
        "title": "Tổ chức Đảng và Công đoàn trong doanh nghiệp",
        "summary": "Vì sao doanh nghiệp có vốn đầu tư nước ngoài nên tạo điều kiện cho tổ chức Đảng và "
        "Công đoàn hoạt động, và doanh nghiệp được gì từ đó.",
        "sections": [
            (
                "Cầu nối giữa doanh nghiệp và người lao động",
                "<p>Công đoàn cơ sở lắng nghe ý kiến của công nhân và chuyển đến ban giám đốc sớm, trước khi "
                "một vướng mắc nhỏ trở thành tranh chấp. Doanh nghiệp có một đầu mối rõ ràng để đối thoại.</p>",
            ),
            (
                "Người lao động gắn bó, làm việc ổn định",
                "<p>Nơi có tổ chức Đảng và Công đoàn hoạt động tốt, người lao động yên tâm làm việc lâu dài, "
                "giữ kỷ luật lao động và tham gia các phong trào thi đua nâng cao năng suất.</p>",
            ),
            (
                "Hoạt động theo pháp luật, không ảnh hưởng sản xuất",
                "<p>Tổ chức Đảng và Công đoàn hoạt động theo pháp luật Việt Nam và điều lệ của mình. Việc sinh "
                "hoạt được bố trí ngoài giờ sản xuất hoặc vào thời gian doanh nghiệp đồng ý.</p>",
            ),
            (
                "Doanh nghiệp có thể hỗ trợ thế nào",
                "<p>Bố trí một phòng họp nhỏ, cho người lao động học lớp bồi dưỡng trực tuyến vào giờ nghỉ và "
                "tham gia các buổi học trên lớp chọn theo lịch ca. Mọi thắc mắc xin liên hệ Ban Tuyên giáo.</p>",
            ),
        ],
        "translations": {
            "en": (
                "Party and Trade Union organisations in the enterprise",
                "Why a foreign-invested enterprise should support Party and Trade Union organisations, and what "
                "the enterprise gains.",
                [
                    (
                        "A bridge between the enterprise and its workers",
                        "<p>The grassroots trade union listens to workers and brings their concerns to the "
                        "management early, before a small problem becomes a dispute. The enterprise has one clear "
                        "partner for dialogue.</p>",
                    ),
                    (
                        "Committed workers, a stable workforce",
                        "<p>Where Party and Trade Union organisations work well, workers stay longer, keep labour "
                        "discipline and take part in campaigns to raise productivity.</p>",
                    ),
                    (
                        "Lawful activity that does not disrupt production",
                        "<p>Party and Trade Union organisations act under Vietnamese law and their own charters. "
                        "Their meetings are held outside production hours or at times the enterprise agrees to.</p>",
                    ),
                    (
                        "How the enterprise can help",
                        "<p>Provide a small meeting room, let workers take the online class during breaks and "
                        "attend in-person sessions chosen to fit their shifts. For any question, please contact "
                        "the Propaganda Board.</p>",
                    ),
                ],
            ),
            "ko": (
                "기업 내 당 조직과 노동조합",
                "외국인 투자 기업이 당 조직과 노동조합의 활동을 지원해야 하는 이유와 기업이 얻는 이점.",
                [
                    (
                        "기업과 근로자를 잇는 다리",
                        "<p>기초 노동조합은 근로자의 의견을 듣고 작은 문제가 분쟁이 되기 전에 경영진에게 "
                        "미리 전달합니다. 기업은 대화를 위한 분명한 창구를 갖게 됩니다.</p>",
                    ),
                    (
                        "애착을 갖고 안정적으로 일하는 근로자",
                        "<p>당 조직과 노동조합이 잘 운영되는 곳에서는 근로자가 오래 근무하고 노동 규율을 "
                        "지키며 생산성 향상 운동에 참여합니다.</p>",
                    ),
                    (
                        "법에 따른 활동, 생산에 지장 없음",
                        "<p>당 조직과 노동조합은 베트남 법률과 각자의 규약에 따라 활동합니다. 모임은 생산 "
                        "시간 외 또는 기업이 동의한 시간에 열립니다.</p>",
                    ),
                    (
                        "기업이 도울 수 있는 방법",
                        "<p>작은 회의실을 마련하고, 근로자가 휴식 시간에 온라인 강좌를 듣고 근무 교대에 맞춘 "
                        "대면 수업에 참여할 수 있도록 해 주십시오. 문의 사항은 선전교육위원회로 연락해 "
                        "주십시오.</p>",
                    ),
                ],
            ),
            "zh-hans": (
                "企业中的党组织和工会",
                "外商投资企业为何应支持党组织和工会开展活动，以及企业能从中得到什么。",
                [
                    (
                        "企业与职工之间的桥梁",
                        "<p>基层工会倾听职工意见，在小问题演变成纠纷之前及早反映给管理层。企业因此有了一个"
                        "明确的对话渠道。</p>",
                    ),
                    (
                        "职工安心工作，队伍稳定",
                        "<p>党组织和工会运作良好的地方，职工工作更长久，遵守劳动纪律，积极参加提高生产效率的"
                        "竞赛活动。</p>",
                    ),
                    (
                        "依法活动，不影响生产",
                        "<p>党组织和工会依照越南法律及各自章程开展活动。会议安排在生产时间以外，或在企业同意的"
                        "时间进行。</p>",
                    ),
                    (
                        "企业可以如何支持",
                        "<p>提供一间小会议室，允许职工在休息时间参加线上课程，并参加按班次安排的面授课。如有"
                        "疑问，请联系宣教部。</p>",
                    ),
                ],
            ),
            "ja": (
                "企業における党組織と労働組合",
                "外資系企業が党組織と労働組合の活動を支援すべき理由と、企業にとっての利点。",
                [
                    (
                        "企業と従業員をつなぐ架け橋",
                        "<p>基礎労働組合は従業員の声を聞き、小さな問題が紛争になる前に経営陣へ早めに伝えます。"
                        "企業は対話のための明確な窓口を持つことができます。</p>",
                    ),
                    (
                        "定着し、安定して働く従業員",
                        "<p>党組織と労働組合がよく機能している職場では、従業員が長く勤め、労働規律を守り、"
                        "生産性向上の運動に参加します。</p>",
                    ),
                    (
                        "法律に基づく活動で、生産に支障なし",
                        "<p>党組織と労働組合はベトナムの法律とそれぞれの規約に従って活動します。会合は生産時間"
                        "外、または企業が同意した時間に行われます。</p>",
                    ),
                    (
                        "企業ができる支援",
                        "<p>小さな会議室を用意し、従業員が休憩時間にオンライン講座を受け、シフトに合わせた対面"
                        "授業に参加できるようにしてください。ご不明な点は宣教委員会までお問い合わせください。</p>",
                    ),
                ],
            ),
        },
    },
    {
        "slug": "lop-hoc-theo-ca",
        "title": "Lớp học nhận thức về Đảng theo ca làm việc",
        "summary": "Công nhân học lớp bồi dưỡng mà doanh nghiệp không phải cho nghỉ cả ngày sản xuất.",
        "sections": [
            (
                "Học trên điện thoại, mỗi lần một bài ngắn",
                "<p>Phần lý thuyết được viết gọn cho công nhân. Mỗi bài học khoảng 20–40 phút, học vào giờ nghỉ "
                "giữa ca hoặc sau giờ làm, kể cả khi không có mạng.</p>",
            ),
            (
                "Buổi học trên lớp chọn theo lịch ca",
                "<p>Các buổi học trên lớp được mở vào nhiều khung giờ khác nhau. Mỗi người chỉ thấy và đăng ký "
                "những buổi không trùng ca làm việc của mình.</p>",
            ),
            (
                "Kết quả rõ ràng, giấy chứng nhận kiểm tra được",
                "<p>Người học hoàn thành bài học, làm bài kiểm tra và bài thu hoạch. Giấy chứng nhận có mã QR "
                "để bất kỳ ai cũng kiểm tra được là thật.</p>",
            ),
        ],
        "translations": {
            "en": (
                "Party-awareness classes that fit shift work",
                "Workers take the class without the enterprise giving them whole days off production.",
                [
                    (
                        "Study on the phone, one short lesson at a time",
                        "<p>The theory is written concisely for workers. Each lesson takes about 20–40 minutes, "
                        "studied during breaks between shifts or after work, even without a connection.</p>",
                    ),
                    (
                        "In-person sessions chosen to fit the shift roster",
                        "<p>In-person sessions are offered at several different times. Each worker only sees and "
                        "books the sessions that do not clash with their shifts.</p>",
                    ),
                    (
                        "Clear results, a certificate anyone can check",
                        "<p>Learners finish the lessons, take the quizzes and write the reflection. The "
                        "certificate carries a QR code so that anyone can check it is genuine.</p>",
                    ),
                ],
            ),
            "ko": (
                "근무 교대에 맞춘 당 인식 교육 과정",
                "기업이 생산일 전체를 쉬게 하지 않아도 근로자가 교육 과정을 이수할 수 있습니다.",
                [
                    (
                        "휴대폰으로 한 번에 짧은 한 과씩",
                        "<p>이론은 근로자를 위해 간결하게 정리되어 있습니다. 한 과는 약 20~40분이며, 교대 "
                        "사이 휴식 시간이나 퇴근 후에, 인터넷 연결이 없어도 공부할 수 있습니다.</p>",
                    ),
                    (
                        "근무표에 맞춰 고르는 대면 수업",
                        "<p>대면 수업은 여러 시간대에 열립니다. 각 근로자는 자신의 근무와 겹치지 않는 수업만 "
                        "보고 신청합니다.</p>",
                    ),
                    (
                        "분명한 결과, 누구나 확인할 수 있는 수료증",
                        "<p>학습자는 모든 과를 마치고 퀴즈와 소감문을 제출합니다. 수료증에는 QR 코드가 있어 "
                        "누구나 진위를 확인할 수 있습니다.</p>",
                    ),
                ],
            ),
        },
    },
]
