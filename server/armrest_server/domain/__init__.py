"""The rules of ARM: identifiers and check digits, money, configuration, the ledgers. No HTTP here."""
