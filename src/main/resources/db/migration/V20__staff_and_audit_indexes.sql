-- The audit log page filters by action and lists newest first.
create index ix_audit_entry_action on audit_entry (action, at desc);
-- Account search also matches inside e-mail addresses ('%text%' needs a trigram index to avoid a full scan).
create index ix_app_user_email_search on app_user using gin (email gin_trgm_ops);
