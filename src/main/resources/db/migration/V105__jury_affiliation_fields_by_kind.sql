-- A declared affiliation names an organisation (matched by its tax code) or a person (matched by e-mail): the
-- database keeps a tax code off a person and an e-mail off an organisation, as the juror's form does, so conflict
-- detection never compares the wrong thing whatever path wrote the row.
alter table jury_affiliation
    add constraint ck_jury_affiliation_fields_by_kind
        check ((kind = 'ORGANISATION' and email is null) or (kind = 'PERSON' and tax_code is null)),
    add constraint ck_jury_affiliation_email check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    add constraint ck_jury_affiliation_name check (btrim(name) <> '');
