-- The 2026 introduction named the ceremony's date in words ("Ngày Khoa học và Công nghệ Việt Nam (18/5)") while the
-- timeline seeds it on 01/06/2026: the text now points to the timeline, which the committee edits, so the two cannot
-- disagree again. Only the seeded wording is replaced; an introduction the committee rewrote is left alone.
update edition
set intro_vi = replace(intro_vi,
        ', truyền hình trực tiếp trên sóng truyền hình quốc gia nhân dịp Ngày Khoa học và Công nghệ Việt Nam (18/5).',
        ', truyền hình trực tiếp trên sóng truyền hình quốc gia; thời gian tổ chức Lễ được ghi trong mốc thời gian của Chương trình.'),
    intro_en = replace(intro_en,
        ', broadcast live on national television around Vietnam Science and Technology Day (18 May).',
        ', broadcast live on national television; its date is given in the program''s timeline.')
where code = 'i4-impact-2026';
