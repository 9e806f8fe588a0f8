# The seeded draw of gold-fresh19 (run from the repository root): four 2024 work reports no labelled
# set held, and one regulation of 1,500-7,000 characters from each of four provinces drawn, leaving
# out every labelled document, the alignment gold's documents and the held-out alignment families
# (policyie.corpora.fresh_draw; the sets labelled after this one are not read).
from policyie.corpora.fresh_draw import draw

for p in draw(19, 20261219):
    print(p)
