insert into province (code, name_vi, name_en, kind, sort_order) values
 ('an-giang',    'An Giang',               'An Giang',          'PROVINCE', 1),
 ('bac-ninh',    'Bắc Ninh',               'Bac Ninh',          'PROVINCE', 2),
 ('ca-mau',      'Cà Mau',                 'Ca Mau',            'PROVINCE', 3),
 ('cao-bang',    'Cao Bằng',               'Cao Bang',          'PROVINCE', 4),
 ('can-tho',     'Thành phố Cần Thơ',      'Can Tho City',      'CITY',     5),
 ('da-nang',     'Thành phố Đà Nẵng',      'Da Nang City',      'CITY',     6),
 ('dak-lak',     'Đắk Lắk',                'Dak Lak',           'PROVINCE', 7),
 ('dien-bien',   'Điện Biên',              'Dien Bien',         'PROVINCE', 8),
 ('dong-nai',    'Đồng Nai',               'Dong Nai',          'PROVINCE', 9),
 ('dong-thap',   'Đồng Tháp',              'Dong Thap',         'PROVINCE', 10),
 ('gia-lai',     'Gia Lai',                'Gia Lai',           'PROVINCE', 11),
 ('ha-noi',      'Thành phố Hà Nội',       'Hanoi',             'CITY',     12),
 ('ha-tinh',     'Hà Tĩnh',                'Ha Tinh',           'PROVINCE', 13),
 ('hai-phong',   'Thành phố Hải Phòng',    'Hai Phong City',    'CITY',     14),
 ('ho-chi-minh', 'Thành phố Hồ Chí Minh',  'Ho Chi Minh City',  'CITY',     15),
 ('hue',         'Thành phố Huế',          'Hue City',          'CITY',     16),
 ('hung-yen',    'Hưng Yên',               'Hung Yen',          'PROVINCE', 17),
 ('khanh-hoa',   'Khánh Hòa',              'Khanh Hoa',         'PROVINCE', 18),
 ('lai-chau',    'Lai Châu',               'Lai Chau',          'PROVINCE', 19),
 ('lam-dong',    'Lâm Đồng',               'Lam Dong',          'PROVINCE', 20),
 ('lang-son',    'Lạng Sơn',               'Lang Son',          'PROVINCE', 21),
 ('lao-cai',     'Lào Cai',                'Lao Cai',           'PROVINCE', 22),
 ('nghe-an',     'Nghệ An',                'Nghe An',           'PROVINCE', 23),
 ('ninh-binh',   'Ninh Bình',              'Ninh Binh',         'PROVINCE', 24),
 ('phu-tho',     'Phú Thọ',                'Phu Tho',           'PROVINCE', 25),
 ('quang-ngai',  'Quảng Ngãi',             'Quang Ngai',        'PROVINCE', 26),
 ('quang-ninh',  'Quảng Ninh',             'Quang Ninh',        'PROVINCE', 27),
 ('quang-tri',   'Quảng Trị',              'Quang Tri',         'PROVINCE', 28),
 ('son-la',      'Sơn La',                 'Son La',            'PROVINCE', 29),
 ('tay-ninh',    'Tây Ninh',               'Tay Ninh',          'PROVINCE', 30),
 ('thai-nguyen', 'Thái Nguyên',            'Thai Nguyen',       'PROVINCE', 31),
 ('thanh-hoa',   'Thanh Hóa',              'Thanh Hoa',         'PROVINCE', 32),
 ('tuyen-quang', 'Tuyên Quang',            'Tuyen Quang',       'PROVINCE', 33),
 ('vinh-long',   'Vĩnh Long',              'Vinh Long',         'PROVINCE', 34);

-- ---------------------------------------------------------------------------------------------------------------
-- Vietnam I4 Impact Awards 2026 (invitation letter 109/LHHVN-KHHTQT, 05/03/2026). The letter gives no deadlines:
-- the phase dates below are the planned schedule around the ceremony in early June 2026, editable by the committee.
-- ---------------------------------------------------------------------------------------------------------------
insert into edition (code, year, name_vi, name_en, short_name, honour_vi, honour_en, organiser_vi, organiser_en,
                     intro_vi, intro_en, contact_email, contact_phone, status, is_current)
values ('i4-impact-2026', 2026,
 'Chương trình Biểu dương thành tựu tác động vì Việt Nam số (Vietnam I4 Impact Awards) – 2026',
 'Vietnam I4 Impact Awards 2026',
 'I4 Impact Awards 2026',
 'Thành tựu vì Việt Nam số',
 'Achievement for Digital Vietnam',
 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA) giao Viện Sáng tạo và Chuyển đổi số chủ trì, phối hợp với Cục Chuyển đổi số Quốc gia (Bộ Khoa học và Công nghệ) và Hội Tự động hóa Việt Nam tổ chức.',
 'Organised by the Vietnam Union of Science and Technology Associations (VUSTA), led by its Institute for Innovation and Digital Transformation with the National Digital Transformation Agency (Ministry of Science and Technology) and the Vietnam Automation Association.',
 'Nhằm thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Chương trình ghi nhận, tôn vinh các tổ chức, doanh nghiệp, nhà khoa học và cá nhân tiên phong ứng dụng công nghệ mới, tạo giá trị thực tiễn cho kinh tế - xã hội.

Hội đồng chuyên môn gồm các chuyên gia, nhà khoa học chấm điểm các đơn vị tham gia tại vòng sơ khảo và vòng chung khảo. Kết quả được công bố tại Lễ Biểu dương thành tựu tác động vì Việt Nam số, truyền hình trực tiếp trên sóng truyền hình quốc gia nhân dịp Ngày Khoa học và Công nghệ Việt Nam (18/5).',
 'In line with Politburo Resolution 57-NQ/TW of 22/12/2024 on breakthroughs in science, technology, innovation and national digital transformation, the program recognises organisations, enterprises, scientists and individuals who pioneer new technology and create practical value for the economy and society.

An expert council of experts and scientists scores the participating units in a preliminary and a final round. Results are announced at the honouring ceremony, broadcast live on national television around Vietnam Science and Technology Day (18 May).',
 'i4impact@vidti.org.vn',
 'Bà Vũ Thị Đức – 0916 850 581; Bà Bùi Thị Thủy – 0931 111 199',
 'RESULTS_PUBLISHED', true);

insert into category (edition_id, code, name_vi, name_en, sort_order)
select e.id, c.code, c.name_vi, c.name_en, c.sort_order
from edition e, (values
  ('1', 'Công nghiệp số và hạ tầng số', 'Digital industry & infrastructure', 1),
  ('2', 'Tác động xã hội và tính bền vững', 'Human impact & sustainability', 2),
  ('3', 'Văn hóa, di sản và hợp tác toàn cầu', 'Culture, heritage & global collaboration', 3),
  ('4', 'Quản trị và năng lực lãnh đạo', 'Governance & leadership', 4),
  ('5', 'Rồng xanh', 'Green Dragon awards', 5)
) as c(code, name_vi, name_en, sort_order)
where e.code = 'i4-impact-2026';

insert into award (edition_id, category_id, code, name_vi, name_en, summary_vi, summary_en, sort_order)
select e.id, c.id, a.code, a.name_vi, a.name_en, a.summary_vi, a.summary_en, a.sort_order
from edition e
join (values
  ('1', '1.1', 'Công nghiệp thông minh', 'I4 Industry Impact Award',
   'Tác động trong công nghiệp thông minh và sản xuất – kinh doanh.', 'Impact in smart industry, production and business.', 1),
  ('1', '1.2', 'Nền tảng số xuất sắc', 'I4 Digital Platform Excellence Award',
   'Nền tảng số xuất sắc – hạ tầng số lõi quốc gia.', 'An excellent digital platform; core national digital infrastructure.', 2),
  ('1', '1.3', 'Dịch vụ số xuất sắc', 'I4 Digital Service Innovation Award',
   'Dịch vụ số đổi mới, lấy người dân làm trung tâm.', 'An innovative, citizen- and human-centric digital service.', 3),
  ('2', '2.1', 'Công nghệ tạo tác động tích cực', 'I4 Tech For Good Award',
   'Công nghệ vì cộng đồng, làm cuộc sống tốt đẹp hơn.', 'Technology that makes lives better.', 4),
  ('2', '2.2', 'Đổi mới sáng tạo vì phát triển bền vững, môi trường xanh', 'I4 Green Innovation Award',
   'Đổi mới sáng tạo xanh, Net Zero, kinh tế tuần hoàn.', 'Green innovation, Net Zero and the circular economy.', 5),
  ('2', '2.3', 'Công nghệ AI tác động tới cuộc sống', 'I4 AI For Life Award',
   'AI tạo tác động đến cuộc sống, con người và xã hội.', 'AI with an impact on people and society.', 6),
  ('3', '3.1', 'Chuyển đổi số trong bảo tồn, văn hóa, di sản', 'I4 Cultural Innovation And Digital Heritage Award',
   'Tác động số trong văn hóa, di sản và công nghiệp sáng tạo.', 'Digital impact in culture, heritage and the creative industries.', 7),
  ('3', '3.2', 'Sáng kiến quốc tế có ảnh hưởng tại Việt Nam', 'I4 Global Impact Award',
   'Sáng kiến hợp tác quốc tế, sáng tạo xuyên biên giới.', 'International cooperation and cross-border innovation.', 8),
  ('4', '4.1', 'Đổi mới quản trị, chính phủ số, đô thị thông minh', 'I4 Digital Governance and Smart City Award',
   'Đổi mới quản trị, chính quyền số và đô thị thông minh.', 'Governance innovation, digital government and smart cities.', 9),
  ('4', '4.2', 'Lãnh đạo Sáng tạo và Chuyển đổi số', 'I4 Innovation Leadership Award',
   'Nhà lãnh đạo có tầm nhìn kiến tạo tương lai số.', 'Visionary leaders shaping the digital future.', 10),
  ('5', '5.1', 'Thế hệ nhà sáng tạo tương lai', 'Young Innovators & Startups',
   'Nhà sáng tạo trẻ và doanh nghiệp khởi nghiệp đổi mới sáng tạo.', 'Young innovators and innovative startups.', 11),
  ('5', '5.2', 'Sức mạnh mềm', 'Soft Power',
   'Lan tỏa sức mạnh mềm của Việt Nam qua công nghệ và sáng tạo.', 'Spreading Vietnam''s soft power through technology and creativity.', 12)
) as a(category_code, code, name_vi, name_en, summary_vi, summary_en, sort_order) on true
join category c on c.edition_id = e.id and c.code = a.category_code
where e.code = 'i4-impact-2026';

insert into award_nominee_type (award_id, nominee_type)
select a.id, t.nominee_type
from award a
join edition e on e.id = a.edition_id and e.code = 'i4-impact-2026'
join (values
  ('1.1', 'ENTERPRISE'), ('1.1', 'STARTUP'), ('1.1', 'RESEARCH_INSTITUTE'),
  ('1.2', 'ENTERPRISE'), ('1.2', 'STATE_BODY'), ('1.2', 'RESEARCH_INSTITUTE'), ('1.2', 'STARTUP'),
  ('1.3', 'LOCALITY'), ('1.3', 'STATE_BODY'), ('1.3', 'ENTERPRISE'), ('1.3', 'STARTUP'),
  ('2.1', 'ENTERPRISE'), ('2.1', 'STARTUP'), ('2.1', 'RESEARCH_INSTITUTE'), ('2.1', 'ASSOCIATION'), ('2.1', 'INTERNATIONAL_ORG'), ('2.1', 'LOCALITY'),
  ('2.2', 'ENTERPRISE'), ('2.2', 'STARTUP'), ('2.2', 'RESEARCH_INSTITUTE'), ('2.2', 'LOCALITY'),
  ('2.3', 'ENTERPRISE'), ('2.3', 'STARTUP'), ('2.3', 'RESEARCH_INSTITUTE'), ('2.3', 'STATE_BODY'),
  ('3.1', 'LOCALITY'), ('3.1', 'STATE_BODY'), ('3.1', 'ENTERPRISE'), ('3.1', 'RESEARCH_INSTITUTE'), ('3.1', 'ASSOCIATION'),
  ('3.2', 'INTERNATIONAL_ORG'), ('3.2', 'ENTERPRISE'), ('3.2', 'RESEARCH_INSTITUTE'),
  ('4.1', 'LOCALITY'), ('4.1', 'STATE_BODY'),
  ('4.2', 'INDIVIDUAL'),
  ('5.1', 'STARTUP'), ('5.1', 'INDIVIDUAL'),
  ('5.2', 'ENTERPRISE'), ('5.2', 'ASSOCIATION'), ('5.2', 'LOCALITY'), ('5.2', 'RESEARCH_INSTITUTE'), ('5.2', 'INDIVIDUAL')
) as t(award_code, nominee_type) on t.award_code = a.code;

insert into edition_phase (edition_id, kind, starts_at, ends_at)
select e.id, p.kind, p.starts_at::timestamptz, p.ends_at::timestamptz
from edition e, (values
  ('NOMINATION',          '2026-03-05 08:00+07', '2026-04-30 23:59:59+07'),
  ('SECRETARIAT_REVIEW',  '2026-05-01 00:00+07', '2026-05-07 23:59:59+07'),
  ('PRELIMINARY_ROUND',   '2026-05-08 00:00+07', '2026-05-17 23:59:59+07'),
  ('FINAL_ROUND',         '2026-05-18 00:00+07', '2026-05-27 23:59:59+07'),
  ('CEREMONY',            '2026-06-01 19:30+07', '2026-06-01 22:00+07'),
  ('RESULTS_PUBLICATION', '2026-06-01 21:00+07', '2026-06-30 23:59:59+07')
) as p(kind, starts_at, ends_at)
where e.code = 'i4-impact-2026';

-- ---------------------------------------------------------------------------------------------------------------
-- Archive: TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards 2023 (ceremony 27/05/2023, Hà Nội; 150 dossiers, 72 honoured).
-- That edition had four categories and no sub-awards: each category carries one award of the same name.
-- ---------------------------------------------------------------------------------------------------------------
insert into edition (code, year, name_vi, name_en, short_name, organiser_vi, organiser_en, intro_vi, intro_en,
                     contact_email, status, is_current)
values ('i4-awards-2023', 2023,
 'TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards 2023',
 'TOP Industry 4.0 Vietnam – I4.0 Awards 2023',
 'I4.0 Awards 2023',
 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phối hợp Hội Tự động hóa Việt Nam và Viện Sáng tạo và Chuyển đổi số tổ chức, dưới sự bảo trợ của Bộ Công Thương, Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông.',
 'Organised by VUSTA with the Vietnam Automation Association and the Institute for Innovation and Digital Transformation, under the patronage of the Ministries of Industry and Trade, Science and Technology, and Information and Communications.',
 'Lễ trao giải tổ chức tại Hà Nội chiều 27/05/2023. Ban Tổ chức nhận 150 hồ sơ đến ngày 05/05/2023; 72 đơn vị được biểu dương, trong đó có thành phố Hải Phòng (hạng mục tổ chức/địa phương) và Công ty Cổ phần Cấp nước Hải Phòng.',
 'The ceremony was held in Hà Nội on the afternoon of 27/05/2023. The organisers received 150 dossiers by 05/05/2023; 72 units were honoured, among them Hải Phòng city (locality category) and Hai Phong Water Supply JSC.',
 'i4impact@vidti.org.vn', 'ARCHIVED', false);

insert into category (edition_id, code, name_vi, name_en, sort_order)
select e.id, c.code, c.name_vi, c.name_en, c.sort_order
from edition e, (values
  ('1', 'Top doanh nghiệp công nghiệp 4.0', 'Top Industry 4.0 enterprises', 1),
  ('2', 'Top tổ chức/doanh nghiệp khoa học – công nghệ và đổi mới sáng tạo', 'Top science, technology and innovation organisations and enterprises', 2),
  ('3', 'Top doanh nghiệp có sản phẩm số thông minh và giải pháp công nghệ công nghiệp 4.0', 'Top enterprises with smart digital products and Industry 4.0 solutions', 3),
  ('4', 'Top tổ chức/địa phương tiêu biểu chủ động thực hiện CMCN 4.0 và chuyển đổi số', 'Top organisations and localities leading the Fourth Industrial Revolution and digital transformation', 4)
) as c(code, name_vi, name_en, sort_order)
where e.code = 'i4-awards-2023';

insert into award (edition_id, category_id, code, name_vi, name_en, sort_order, planned_honourees)
select c.edition_id, c.id, c.code, c.name_vi, c.name_en, c.sort_order, h.honoured
from category c
join edition e on e.id = c.edition_id and e.code = 'i4-awards-2023'
join (values ('1', 8), ('2', 25), ('3', 32), ('4', 7)) as h(code, honoured) on h.code = c.code;

insert into award_nominee_type (award_id, nominee_type)
select a.id, t.nominee_type
from award a
join edition e on e.id = a.edition_id and e.code = 'i4-awards-2023'
join (values
  ('1', 'ENTERPRISE'),
  ('2', 'ENTERPRISE'), ('2', 'RESEARCH_INSTITUTE'), ('2', 'STARTUP'),
  ('3', 'ENTERPRISE'), ('3', 'STARTUP'),
  ('4', 'LOCALITY'), ('4', 'STATE_BODY'), ('4', 'ASSOCIATION')
) as t(award_code, nominee_type) on t.award_code = a.code;

insert into edition_phase (edition_id, kind, starts_at, ends_at)
select e.id, p.kind, p.starts_at::timestamptz, p.ends_at::timestamptz
from edition e, (values
  ('CEREMONY', '2023-05-27 14:00+07', '2023-05-27 17:00+07')
) as p(kind, starts_at, ends_at)
where e.code = 'i4-awards-2023';
