-- Where a parent's employer is, for an income withholding order. Agency
-- only: no response to another party carries it, whatever the case's
-- family-violence indicator. Set when a reported new employer is confirmed
-- (NULL when the parent did not know it), so an old employer's address
-- never stays beside a new employer's name.
ALTER TABLE participants ADD COLUMN employer_address TEXT;
