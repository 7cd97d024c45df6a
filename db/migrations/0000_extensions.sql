-- Substring search over Hebrew, Persian and Latin names (customers_search_trgm_idx).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
