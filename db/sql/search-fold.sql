-- The twin of foldForSearch in core/search/fold.ts (read its comment for what is folded and why):
-- NFKD, then drop marks, joiners, direction marks and tatweel, then one letter per family, ASCII
-- digits and small ASCII letters, then single spaces. Immutable, so generated columns can use it.
-- tests/db/search-fold.test.ts compares the two on random strings, on both engines.
-- Change one here, then `npm run db:sql -- <name> search-fold` writes the migration that applies it.
CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(
  regexp_replace(
    translate(
      regexp_replace(
        normalize(value, NFKD),
        '[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u061c\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u00ad\u180e\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u20d0-\u20ff\ufe20-\ufe2f\ufeff]',
        '', 'g'),
      U&'\064a\0649\0643\06aa\0671\0629\06c3\06d5\06be\06c1\05f3\05f4\2019\06f0\06f1\06f2\06f3\06f4\06f5\06f6\06f7\06f8\06f9\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      U&'\06cc\06cc\06a9\06a9\0627\0647\0647\0647\0647\0647\0027"\002701234567890123456789abcdefghijklmnopqrstuvwxyz'),
    '[\t\n\v\f\r ]+', ' ', 'g'),
  ' ');
--> statement-breakpoint

-- The digits of a phone number as search compares them (searchDigits in core/search/fold.ts).
CREATE OR REPLACE FUNCTION search_digits(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(search_fold(value), '[^0-9]', '', 'g');
