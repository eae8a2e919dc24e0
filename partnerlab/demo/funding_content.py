"""Demo content for donors and funding: six donor profiles and what happens in the pipeline.

Data only. DONORS holds six of the demo's donor organisations (names match
``content.ORGANISATIONS``) with their kind and priorities, chosen so that the three fundable
proposals match some donors well and others poorly: the Nordic pooled fund and the South Asian
bank fit the wage-claims proposal, the Swiss agency and the Rheinland foundation fit the Kenyan
recruitment proposal, while the Pacific fund and Harbor Light fit none of them. Funding windows
are days relative to the day the demo is loaded, so some are open now, one opens soon and
one has closed.

PIPELINE holds what donors and partners do once the lead partners publish their proposals:
introductions, answers (interest, one decline), questions and the partners' answers, pledges
(one proposal fully pledged, one in part) and a policy commitment paired with a pledge.
Proposal keys are the start of each idea's title. Everything here is fictional.
"""

from __future__ import annotations

from typing import Any

CLAIMS = "Claim from home"
SURVEY = "Counting who comes home"
RECRUITERS = "Recruiters both sides can trust"

DONORS: dict[str, dict[str, Any]] = {
    "Nordic Fund for Safe Migration": {
        "kind": "pooled",
        "objectives": [6, 7, 14, 21],
        "thematic_areas": ["Fair recruitment", "Access to justice for migrant workers"],
        "regions": ["Asia", "Africa"],
        "countries": [],
        "partnership_types": ["Operational", "Hybrid"],
        "min_amount": "100000",
        "max_amount": "500000",
        "needs_cofunding": True,
        "excluded_countries": [],
        "excluded_types": [],
        "excluded_objectives": [13],
        "exclusion_note": "No immigration detention, and no returns that are not voluntary.",
        "contact_name": "Ingrid Haugen",
        "contact_email": "i.haugen@nfsm.example.net",
        "windows": [(-45, 100, "2027 grant round")],
    },
    "Swiss Cooperation Fund for Migration and Development": {
        "kind": "bilateral",
        "objectives": [2, 5, 6, 19, 23],
        "thematic_areas": ["Migration and development planning", "Labour migration governance"],
        "regions": ["Africa"],
        "countries": ["EG", "MA", "TN", "ET", "KE", "SO", "DJ", "SD"],
        "partnership_types": ["Hybrid", "Capacity", "Operational"],
        "min_amount": "50000",
        "max_amount": "250000",
        "needs_cofunding": True,
        "excluded_countries": [],
        "excluded_types": [],
        "excluded_objectives": [],
        "exclusion_note": "No stand-alone conferences; equipment only as part of a service.",
        "contact_name": "Beatrice Keller",
        "contact_email": "b.keller@scfmd.example.net",
        "windows": [(-20, 70, "Pilot projects, second call")],
    },
    "Australian Pacific Partnerships Fund": {
        "kind": "bilateral",
        "objectives": [2, 5, 18, 22],
        "thematic_areas": ["Pacific labour mobility", "Skills for work abroad"],
        "regions": ["Oceania"],
        "countries": ["FJ", "WS", "TO", "VU", "SB", "KI", "TV", "PG"],
        "partnership_types": ["Capacity", "Operational"],
        "min_amount": "20000",
        "max_amount": "200000",
        "needs_cofunding": False,
        "excluded_countries": [],
        "excluded_types": [],
        "excluded_objectives": [],
        "exclusion_note": "",
        "contact_name": "James O'Connor",
        "contact_email": "j.oconnor@appf.example.net",
        "windows": [(21, 110, "2027 Pacific round")],
    },
    "Rheinland Foundation for Fair Mobility": {
        "kind": "foundation",
        "objectives": [5, 6, 18],
        "thematic_areas": ["Skills partnerships", "Ethical recruitment"],
        "regions": ["Europe", "Africa"],
        "countries": ["DE", "KE", "GH", "NG", "MA", "TN"],
        "partnership_types": ["Hybrid", "Capacity"],
        "min_amount": "25000",
        "max_amount": "200000",
        "needs_cofunding": True,
        "excluded_countries": [],
        "excluded_types": ["Operational"],
        "excluded_objectives": [],
        "exclusion_note": "Does not pay the salaries of public servants.",
        "contact_name": "Felix Hartmann",
        "contact_email": "f.hartmann@rheinland-foundation.example.net",
        "windows": [(-90, 30, "Spring call")],
    },
    "Harbor Light Foundation": {
        "kind": "foundation",
        "objectives": [1, 3, 7, 17],
        "thematic_areas": ["Migration data", "Reporting on human mobility"],
        "regions": ["Americas"],
        "countries": [],
        "partnership_types": ["Action Research", "Capacity"],
        "min_amount": "20000",
        "max_amount": "300000",
        "needs_cofunding": False,
        "excluded_countries": [],
        "excluded_types": [],
        "excluded_objectives": [],
        "exclusion_note": "",
        "contact_name": "Rebecca Goldstein",
        "contact_email": "r.goldstein@harborlight.example.net",
        "windows": [(-200, -60, "2026 data grants"), (150, 240, "2027 data grants")],
    },
    "South Asian Development Bank": {
        "kind": "bank",
        "objectives": [6, 15, 19, 20, 21],
        "thematic_areas": ["Migrant workers' earnings and savings", "Public employment services"],
        "regions": ["Asia"],
        "countries": ["BD", "NP", "LK", "IN", "PK", "BT", "MV"],
        "partnership_types": ["Operational", "Hybrid"],
        "min_amount": "150000",
        "max_amount": "3000000",
        "needs_cofunding": True,
        "excluded_countries": [],
        "excluded_types": ["Action Research"],
        "excluded_objectives": [],
        "exclusion_note": "No stand-alone studies: research only as part of a service it funds.",
        "contact_name": "Anjali Perera",
        "contact_email": "a.perera@sadb.example.net",
        "windows": [(-10, 170, "Grant window 2027")],
    },
}

# Which partner answers each question: its organisation's name.
PIPELINE: dict[str, Any] = {
    "introductions": [
        {
            "proposal": CLAIMS,
            "donor": "Nordic Fund for Safe Migration",
            "note": (
                "Recovering unpaid wages is at the heart of the fund's access-to-justice "
                "window, and the partners bring their own staff and desks."
            ),
        },
        {
            "proposal": CLAIMS,
            "donor": "South Asian Development Bank",
            "note": (
                "Recovered wages are paid into bank accounts and wallets, which fits the "
                "bank's work on migrant workers' earnings."
            ),
        },
        {
            "proposal": SURVEY,
            "donor": "Harbor Light Foundation",
            "note": "The foundation funds migration data; the survey could interest it.",
        },
        {
            "proposal": RECRUITERS,
            "donor": "Swiss Cooperation Fund for Migration and Development",
            "note": "Kenya is in the fund's focus, and the partners cover most costs themselves.",
        },
    ],
    "answers": [
        {"proposal": CLAIMS, "donor": "Nordic Fund for Safe Migration", "interested": True},
        {"proposal": CLAIMS, "donor": "South Asian Development Bank", "interested": True},
        {
            "proposal": RECRUITERS,
            "donor": "Swiss Cooperation Fund for Migration and Development",
            "interested": True,
        },
        {
            "proposal": RECRUITERS,
            "donor": "Rheinland Foundation for Fair Mobility",
            "interested": True,
        },
        {
            "proposal": SURVEY,
            "donor": "Harbor Light Foundation",
            "interested": False,
            "reason": (
                "The survey is well designed, but this year our data grants go only to the "
                "Americas. We have passed it to two funders that work in South Asia."
            ),
        },
    ],
    "questions": [
        {
            "proposal": CLAIMS,
            "donor": "Nordic Fund for Safe Migration",
            "text": (
                "Who will see the claimants' salary records and identity papers, and how are "
                "they kept confidential once a claim is closed?"
            ),
            "partner": "Bangladesh Returnee Migrants' Union",
            "answer": (
                "Only the district desk officer and the paralegal on the case see the file. "
                "Papers are scanned at the desk and the originals handed back the same day; "
                "closed files are kept for three years under the ministry's data rules and then "
                "deleted. Claimants sign a consent form that names everyone who may read them."
            ),
        },
        {
            "proposal": RECRUITERS,
            "donor": "Swiss Cooperation Fund for Migration and Development",
            "text": (
                "Will the list of vetted agencies be public, and how can an agency that is "
                "struck off it appeal?"
            ),
            "partner": "Ministry of Labour and Social Protection, Kenya",
            "answer": (
                "Yes: the list is published on the ministry's website and updated every month. "
                "An agency struck off is told why in writing and may appeal within thirty days "
                "to a panel with one inspector from each country; it stays off the list while "
                "the appeal is heard."
            ),
        },
    ],
    # Budget lines are named by the start of their description.
    "pledges": [
        {
            "proposal": RECRUITERS,
            "donor": "Swiss Cooperation Fund for Migration and Development",
            "amount": "60000",
            "kind": "cash",
            "conditions": (
                "Paid in two tranches; the second once the hotline has handled its first "
                "hundred calls."
            ),
            "budget_lines": ["Vetting database and complaint hotline"],
        },
        {
            "proposal": RECRUITERS,
            "donor": "Rheinland Foundation for Fair Mobility",
            "amount": "95000",
            "kind": "in_kind",
            "conditions": (
                "The course is held at the foundation's training centre in Cologne; the "
                "foundation books and pays the travel of the agency staff itself."
            ),
            "budget_lines": ["Venues, materials and travel"],
        },
        {
            "proposal": CLAIMS,
            "donor": "South Asian Development Bank",
            "amount": "210000",
            "kind": "cash",
            "conditions": (
                "Disbursed each quarter against a report of claims filed and wages recovered; "
                "recovered wages are paid into claimants' own accounts or wallets."
            ),
            "budget_lines": ["Twelve paralegals"],
        },
    ],
    "pairings": [
        {
            "proposal": CLAIMS,
            "donor": "South Asian Development Bank",
            "partner": "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
            "commitment": (
                "Keeps the four district claim desks staffed from its own budget after the "
                "project ends, and opens the same route to workers back from Saudi Arabia "
                "and Qatar."
            ),
        },
    ],
}
