# "3 décembre 2026", "3 décembre 2026, 14:05": see partnerlab/formats/__init__.py. The month is
# written out: Django's French abbreviations give "jui" for both June and July.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
