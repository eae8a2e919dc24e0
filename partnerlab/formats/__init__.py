"""Date and time formats per interface language (FORMAT_MODULE_PATH).

Every date reads the same way wherever it appears: day, month in letters, year ("3 Dec 2026",
"3 décembre 2026", "3 dic 2026"), never a numeric form that reads differently in different
countries; times on the 24-hour clock, so no "a.m." ends a sentence. Settings not given here
fall back to Django's own formats for the language.
"""
