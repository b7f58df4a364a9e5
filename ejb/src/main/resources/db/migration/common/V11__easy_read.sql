-- Easy read: a user's own choice of shorter sentences, larger text and symbols in the portal.
ALTER TABLE user_account ADD COLUMN easy_read BOOLEAN DEFAULT FALSE NOT NULL;
