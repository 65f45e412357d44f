-- The unit's profile as the secretariat needs it: English name, address, website, legal representative, contact.
alter table unit
    add column name_en            varchar(300),
    add column address            varchar(500),
    add column website            varchar(300),
    add column legal_rep_name     varchar(200),
    add column legal_rep_position varchar(200),
    add column contact_name       varchar(200),
    add column contact_phone      varchar(20),
    add column contact_email      varchar(254),
    add column updated_at         timestamptz;
