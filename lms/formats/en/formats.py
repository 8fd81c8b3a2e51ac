# Dates stay dd/mm/yyyy in the English interface too (the users are in Vietnam); only numbers change.
from lms.formats.vi.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
