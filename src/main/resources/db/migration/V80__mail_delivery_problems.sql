-- ops (issue 12): when the last delivery error happened, for the ADMIN's outbox page
alter table mail_outbox add column last_error_at timestamptz;
create index ix_mail_outbox_last_error on mail_outbox (last_error_at desc) where last_error_at is not null;
