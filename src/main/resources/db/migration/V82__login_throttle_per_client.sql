-- Failed logins are counted per (e-mail address, client address): five bad tries from elsewhere must not lock the
-- real person out on their own machine. The global ceiling per address is the rate limit on /login (in memory).
delete from login_throttle;
alter table login_throttle add column client_key varchar(64) not null;
alter table login_throttle drop constraint pk_login_throttle;
alter table login_throttle add constraint pk_login_throttle primary key (email_key, client_key);
