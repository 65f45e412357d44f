-- Names stored before format characters were stripped on upload: drop bidi controls, zero-width characters and the
-- BOM (\p{Cf}), so lists and exports show the real extension (U+202E would show "fdp.exe" as "exe.pdf").
update nomination_attachment
set display_name = regexp_replace(display_name,
        '[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]',
        '', 'g')
where display_name ~ '[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]';
