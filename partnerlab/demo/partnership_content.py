"""Demo content for the Partnership Lab: small groups and partnership ideas (lab-2026).

Data only, read by the demo loader. GROUPS are the small groups formed around five of the six
published areas of common interest ("Public narratives on migration" drew no interest and is
left to be dropped), with the expressions of interest recorded on each group's areas (a few
from organisations that joined no group). IDEAS are the partnership ideas the groups hold,
each filled in only up to the PDIA stage it has reached. Organisation names match
``content.ORGANISATIONS``; area names match ``intake_content.THEMES``; "cites" are indices
into ``intake_content.INPUTS``; "strand" and "activity" are indices into the idea's own
top-level causes and activities. Everything here is fictional demonstration data.
"""

from __future__ import annotations

GROUPS: list[dict] = [
    {
        "name": "Wages and return: Gulf–South Asia corridor",
        "areas": ["Protecting wages of workers after return", "Reintegration of returned migrants"],
        "members": [
            "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
            "Ministry of Labour, Employment and Social Security, Nepal",
            "Ministry of Human Resources and Emiratisation, United Arab Emirates",
            "Bangladesh Returnee Migrants' Union",
            "Institute for Mobility and Development, Dhaka",
            "Gulf Labour Markets Research Centre",
            "Sri Lanka Migrant Workers' Rights Network",
            "Doha Contractors' Forum",
        ],
        "interests": [
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "area": "Protecting wages of workers after return",
                "brings": ["political_backing", "implementation", "funding"],
                "role": "lead",
                "note": (
                    "Ready to lead a corridor pilot with the UAE and to open claim desks in the "
                    "district offices of the Wage Earners' Welfare Board."
                ),
            },
            {
                "organisation": (
                    "Ministry of Human Resources and Emiratisation, United Arab Emirates"
                ),
                "area": "Protecting wages of workers after return",
                "brings": ["political_backing", "data", "expertise"],
                "role": "partner",
                "note": (
                    "Open to accepting claims from workers who have already left, provided "
                    "evidence comes from Wage Protection System records and the window is "
                    "time-limited."
                ),
            },
            {
                "organisation": "Bangladesh Returnee Migrants' Union",
                "area": "Protecting wages of workers after return",
                "brings": ["implementation", "data"],
                "role": "partner",
                "note": (
                    "Holds a register of about 1,400 members with unpaid salaries or gratuities "
                    "and can accompany them through a claim."
                ),
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "area": "Protecting wages of workers after return",
                "brings": ["data", "expertise"],
                "role": "partner",
                "note": (
                    "Can add questions on unpaid wages to its household panel and measure what a "
                    "claim procedure changes for families."
                ),
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "area": "Protecting wages of workers after return",
                "brings": ["data", "expertise"],
                "role": "auxiliary",
                "note": (
                    "Offers employer tracing from Gulf company registries and its data on wage "
                    "arrears in construction and facilities management."
                ),
            },
            {
                "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
                "area": "Reintegration of returned migrants",
                "brings": ["political_backing", "implementation"],
                "role": "lead",
                "note": (
                    "Wants the employment service centres in every municipality to take on "
                    "returnees, and is looking for partners on the destination side."
                ),
            },
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "area": "Reintegration of returned migrants",
                "brings": ["implementation", "expertise"],
                "role": "partner",
                "note": (
                    "Its village information centres in Kurunegala and Matara already meet "
                    "returnees and could register them for follow-up."
                ),
            },
            {
                "organisation": "Doha Contractors' Forum",
                "area": "Reintegration of returned migrants",
                "brings": ["expertise", "implementation"],
                "role": "partner",
                "note": (
                    "Several member firms are willing to test a detailed experience certificate "
                    "for masons, electricians and scaffolders leaving Qatar."
                ),
            },
            {
                "organisation": "Ministry of Labour and Skills, Ethiopia",
                "area": "Protecting wages of workers after return",
                "brings": ["political_backing", "expertise"],
                "role": "partner",
                "note": (
                    "Would join a wage claim mechanism for women deported from Saudi Arabia once a "
                    "destination ministry agrees to take part."
                ),
            },
            {
                "organisation": "Addis Domestic Workers Support Centre",
                "area": "Protecting wages of workers after return",
                "brings": ["implementation", "data"],
                "role": "partner",
                "note": (
                    "Counsels women returning from domestic work in the Middle East and documents "
                    "the salaries they were never paid."
                ),
            },
            {
                "organisation": "Directorate-General for Senegalese Abroad, Senegal",
                "area": "Reintegration of returned migrants",
                "brings": ["implementation", "expertise"],
                "role": "lead",
                "note": (
                    "Runs a one-year reintegration follow-up for Senegalese returning from Europe "
                    "and wants to make it known beyond Dakar."
                ),
            },
            {
                "organisation": "Ghana Diaspora Returnees Association",
                "area": "Reintegration of returned migrants",
                "brings": ["implementation"],
                "role": "partner",
                "note": (
                    "Offers a mentor network of returnees who have rebuilt their lives in Kumasi "
                    "and Tamale."
                ),
            },
            {
                "organisation": "Quezon City Government",
                "area": "Reintegration of returned migrants",
                "brings": ["implementation", "funding"],
                "role": "auxiliary",
                "note": (
                    "Could share its returnee help desk and small-loan scheme with a partnership "
                    "on reintegration."
                ),
            },
        ],
    },
    {
        "name": "Neighbourhood data for growing cities",
        "areas": ["Local data on migration for city planning"],
        "members": [
            "Ministry of Foreign Affairs and Human Mobility, Ecuador",
            "City of Montréal",
            "Mayor's Office of Bogotá",
            "Greater Amman Municipality",
            "Nairobi City County",
            "Andean Institute for Human Mobility Studies",
            "Inter-American Observatory on Human Mobility",
            "City of Gothenburg",
        ],
        "interests": [
            {
                "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "area": "Local data on migration for city planning",
                "brings": ["data", "political_backing"],
                "role": "lead",
                "note": (
                    "Holds the national registration of Venezuelan and Colombian nationals and is "
                    "willing to explore releasing anonymised counts to municipalities."
                ),
            },
            {
                "organisation": "City of Montréal",
                "area": "Local data on migration for city planning",
                "brings": ["expertise", "data"],
                "role": "partner",
                "note": (
                    "Brings its newcomer office's experience of negotiating data-sharing "
                    "agreements with provincial and federal agencies, and a neighbourhood "
                    "dashboard used since 2023."
                ),
            },
            {
                "organisation": "Mayor's Office of Bogotá",
                "area": "Local data on migration for city planning",
                "brings": ["data", "implementation"],
                "role": "partner",
                "note": (
                    "Needs locality-level figures on Venezuelan families to plan school places and "
                    "health insurance enrolment."
                ),
            },
            {
                "organisation": "Greater Amman Municipality",
                "area": "Local data on migration for city planning",
                "brings": ["data", "implementation"],
                "role": "lead",
                "note": (
                    "Offers its GIS unit and service records by district and would lead a shared "
                    "dashboard with another city."
                ),
            },
            {
                "organisation": "Nairobi City County",
                "area": "Local data on migration for city planning",
                "brings": ["data", "implementation"],
                "role": "partner",
                "note": (
                    "Can contribute trader licensing records from informal settlements, mapped by "
                    "ward."
                ),
            },
            {
                "organisation": "Andean Institute for Human Mobility Studies",
                "area": "Local data on migration for city planning",
                "brings": ["expertise", "data"],
                "role": "auxiliary",
                "note": (
                    "Can design a common set of variables for Andean cities and train municipal "
                    "statistics teams."
                ),
            },
            {
                "organisation": "Inter-American Observatory on Human Mobility",
                "area": "Local data on migration for city planning",
                "brings": ["data", "expertise"],
                "role": "auxiliary",
                "note": (
                    "Publishes comparable regional flow figures and would host a common indicator "
                    "format for cities in the Americas."
                ),
            },
            {
                "organisation": "City of Gothenburg",
                "area": "Local data on migration for city planning",
                "brings": ["expertise"],
                "role": "auxiliary",
                "note": (
                    "Interested in sharing how it forecasts preschool and language class demand, "
                    "and in learning from other cities' methods."
                ),
            },
        ],
    },
    {
        "name": "Jobs first: legal pathways to Europe",
        "areas": ["Legal labour pathways and job matching"],
        "members": [
            "Ministry of Foreign Affairs and Human Mobility, Ecuador",
            "Ministry of Inclusion, Social Security and Migration, Spain",
            "Madrid Legal Aid for Migrants and Refugees",
            "Ministry of Labour and Social Protection, Kenya",
            "Federal Ministry of Labour and Social Affairs, Germany",
            "Rhein-Main Care Staffing",
            "Berlin Institute for Labour Migration Economics",
        ],
        "interests": [
            {
                "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "area": "Legal labour pathways and job matching",
                "brings": ["political_backing", "implementation"],
                "role": "lead",
                "note": (
                    "Wants a hospitality pathway with Spain that builds on the two countries' "
                    "agreement on migration flows."
                ),
            },
            {
                "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
                "area": "Legal labour pathways and job matching",
                "brings": ["political_backing", "implementation", "funding"],
                "role": "partner",
                "note": (
                    "Prepared to test hiring in origin for hospitality, starting with a small "
                    "annual quota."
                ),
            },
            {
                "organisation": "Madrid Legal Aid for Migrants and Refugees",
                "area": "Legal labour pathways and job matching",
                "brings": ["expertise", "implementation"],
                "role": "partner",
                "note": (
                    "Sees every week people with real job offers and no legal route; can run "
                    "rights clinics for workers once they arrive."
                ),
            },
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "area": "Legal labour pathways and job matching",
                "brings": ["political_backing", "implementation"],
                "role": "lead",
                "note": (
                    "Looking for a care-sector pathway with Germany in which training starts only "
                    "after an employer has committed."
                ),
            },
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "area": "Legal labour pathways and job matching",
                "brings": ["political_backing", "expertise"],
                "role": "partner",
                "note": (
                    "Interested in ways to help small care employers recruit abroad under the "
                    "Skilled Immigration Act."
                ),
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "area": "Legal labour pathways and job matching",
                "brings": ["funding", "implementation"],
                "role": "partner",
                "note": (
                    "Will pay language training and recognition costs for candidates who hold a "
                    "signed job offer from a partner hospital."
                ),
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "area": "Legal labour pathways and job matching",
                "brings": ["expertise", "data"],
                "role": "auxiliary",
                "note": (
                    "Offers independent evaluation of pathway pilots, including costs and benefits "
                    "for workers, employers and both countries."
                ),
            },
            {
                "organisation": "Department of Migrant Workers, Philippines",
                "area": "Legal labour pathways and job matching",
                "brings": ["expertise"],
                "role": "partner",
                "note": (
                    "Interested in sharing its experience of government-to-government nurse "
                    "deployment; not able to join a group this cycle."
                ),
            },
        ],
    },
    {
        "name": "Climate mobility: planning moves before the water comes",
        "areas": ["Climate change and human mobility"],
        "members": [
            "Ministry of Employment, Productivity and Industrial Relations, Fiji",
            "Ministry of Business, Innovation and Employment, New Zealand",
            "Pacific Islands Climate Mobility Network",
            "Wellington Centre for Climate and Displacement Studies",
            "Regional Labour Mobility Office for the Pacific",
            "Suva City Council",
            "Freetown City Council",
            "Dhaka North City Corporation",
        ],
        "interests": [
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "area": "Climate change and human mobility",
                "brings": ["political_backing", "implementation"],
                "role": "lead",
                "note": (
                    "Wants labour mobility to work for communities that must relocate, not only "
                    "for the best-connected jobseekers."
                ),
            },
            {
                "organisation": "Ministry of Business, Innovation and Employment, New Zealand",
                "area": "Climate change and human mobility",
                "brings": ["political_backing", "funding"],
                "role": "partner",
                "note": (
                    "Open to discussing selection priorities within the Recognised Seasonal "
                    "Employer scheme, without changing overall caps."
                ),
            },
            {
                "organisation": "Pacific Islands Climate Mobility Network",
                "area": "Climate change and human mobility",
                "brings": ["expertise", "implementation"],
                "role": "partner",
                "note": (
                    "Speaks for community leaders planning relocation and insists that any scheme "
                    "keeps families and villages together."
                ),
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "area": "Climate change and human mobility",
                "brings": ["data", "expertise"],
                "role": "partner",
                "note": (
                    "Maps coastal villages likely to move by 2040 and can extend its models to "
                    "towns receiving displaced households."
                ),
            },
            {
                "organisation": "Regional Labour Mobility Office for the Pacific",
                "area": "Climate change and human mobility",
                "brings": ["expertise"],
                "role": "auxiliary",
                "note": (
                    "Can share employer standards and worker pool practice across Pacific sending "
                    "countries."
                ),
            },
            {
                "organisation": "Suva City Council",
                "area": "Climate change and human mobility",
                "brings": ["implementation"],
                "role": "lead",
                "note": (
                    "Needs safe, serviced land for households arriving from low-lying villages and "
                    "wants to learn from other cities in the same position."
                ),
            },
            {
                "organisation": "Freetown City Council",
                "area": "Climate change and human mobility",
                "brings": ["implementation", "data"],
                "role": "partner",
                "note": (
                    "Brings its shoreline settlement mapping and experience of working with "
                    "community federations on upgrading."
                ),
            },
            {
                "organisation": "Dhaka North City Corporation",
                "area": "Climate change and human mobility",
                "brings": ["data", "implementation"],
                "role": "partner",
                "note": (
                    "Receives families displaced by river erosion and salinity and has ward-level "
                    "service data to share."
                ),
            },
        ],
    },
]

IDEAS: list[dict] = [
    {
        "group": "Wages and return: Gulf–South Asia corridor",
        "title": "Claim from home: unpaid wages of Bangladeshi workers returned from the UAE",
        "summary": (
            "Bangladeshi workers who come home from the UAE owed salary or end-of-service gratuity "
            "will be able to lodge and follow a claim from their own district, without travelling "
            "back. District welfare desks register and document each claim, the UAE ministry hears "
            "it on the strength of Wage Protection System records, and the returnee union stays "
            "with the worker until the money arrives."
        ),
        "stage": "design",
        "lead": "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
        "partners": [
            {
                "organisation": (
                    "Ministry of Human Resources and Emiratisation, United Arab Emirates"
                ),
                "role": "partner",
                "contribution": (
                    "Accepts claims lodged from Bangladesh into its labour dispute procedure and "
                    "shares the salary records it holds for each claimant."
                ),
            },
            {
                "organisation": "Bangladesh Returnee Migrants' Union",
                "role": "partner",
                "contribution": (
                    "Finds and informs affected returnees, helps them assemble evidence and "
                    "accompanies them until payment."
                ),
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "role": "partner",
                "contribution": (
                    "Measures the scale of wage theft among returnees and evaluates what the "
                    "mechanism recovers, using its household panel."
                ),
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "role": "auxiliary",
                "contribution": (
                    "Traces employers that have changed name or closed, using Gulf company "
                    "registry data."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "national_government",
                "country": "SA",
                "region": "",
                "brings": (
                    "A second destination labour ministry ready to accept returnee claims under "
                    "the same procedure once the UAE pilot has shown results."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Bangladeshi workers leaving the UAE, whether at the end of a contract, after a "
                "layoff or through deportation, often go home owed months of salary and their "
                "gratuity. Once their residence visa is cancelled, no practical channel lets them "
                "pursue the claim from Bangladesh."
            ),
            "why_it_matters": (
                "In the Institute's 2026 panel wave, affected returnees were owed a median of "
                "about USD 1,900, close to five months' pay and often more than the recruitment "
                "loan their family is still repaying. Lost wages push households into new debt and "
                "towards a second, riskier departure."
            ),
            "affected": (
                "Returned workers and their families, concentrated in Sylhet, Comilla, Chattogram "
                "and Tangail districts. Employers in the UAE who pay on time are also undercut by "
                "firms that walk away from salary debts."
            ),
            "who_should_care": (
                "The UAE ministry's dispute settlement departments, which close files once a "
                "worker has left, and Bangladesh's labour wings in Abu Dhabi and Dubai, which have "
                "no mandate to follow a case after return."
            ),
            "solved_looks_like": (
                "A returnee can lodge a claim at a district desk within twelve months of coming "
                "home, the claim is decided in the UAE on documents, and any amount awarded "
                "reaches the worker's bank or mobile wallet within six months."
            ),
            "cites": [114, 116, 136],
        },
        "causes": [
            {
                "text": "Wage claims lapse once the worker's residence visa is cancelled",
                "cites": [114, 115],
                "children": [
                    {
                        "text": (
                            "Dispute procedures expect the claimant to appear in person or through "
                            "a local representative"
                        ),
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "A power of attorney must be attested at the embassy, which "
                                    "costs time and fees most returnees cannot spare"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                    {
                        "text": (
                            "Deported workers are removed before a complaint is even registered"
                        ),
                        "cites": [135],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Workers, unions and both ministries agree that the lapse is unfair."
                    ),
                    "authority": "medium",
                    "authority_note": (
                        "The UAE ministry can accept remote filing by circular; cases that go to "
                        "court follow separate rules."
                    ),
                    "ability": "medium",
                    "ability_note": (
                        "E-filing exists but has never been opened to people outside the country."
                    ),
                    "entry_point": 1,
                },
            },
            {
                "text": "Returnees cannot prove what they are owed",
                "cites": [116],
                "children": [
                    {
                        "text": (
                            "Payslips and contracts stay with the employer or are lost at "
                            "deportation"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Wage Protection System records are not available to the worker or to "
                            "Bangladeshi officials"
                        ),
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "No data-sharing arrangement exists between the two ministries"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": (
                        "Some UAE officials worry about sharing company payroll data abroad."
                    ),
                    "authority": "high",
                    "authority_note": (
                        "The UAE ministry owns the Wage Protection System and decides on access."
                    ),
                    "ability": "high",
                    "ability_note": "Records are already digital and searchable by worker.",
                    "entry_point": 2,
                },
            },
            {
                "text": "No one in Bangladesh is mandated to pursue a claim after return",
                "cites": [],
                "children": [
                    {
                        "text": (
                            "Labour wing staff in Dubai handle hundreds of walk-in cases a month "
                            "and give priority to workers still in the country"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "District employment offices register complaints against recruiting "
                            "agencies, not against foreign employers"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "The ministry sees this as its responsibility.",
                    "authority": "high",
                    "authority_note": (
                        "The ministry can assign the task to its own district offices."
                    ),
                    "ability": "low",
                    "ability_note": (
                        "District offices have no trained staff or case system for foreign claims."
                    ),
                    "entry_point": 3,
                },
            },
            {
                "text": "Insolvent or vanished employers leave no one to pay",
                "cites": [136],
                "children": [
                    {
                        "text": (
                            "The worker protection insurance, capped at AED 20,000, is little "
                            "known and rarely claimed from abroad"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Subcontractors close and reopen under new trade licences",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": (
                        "Insurers and employers resist claims from people who have left."
                    ),
                    "authority": "low",
                    "authority_note": (
                        "Policy terms are set by the insurance scheme, not by the partners."
                    ),
                    "ability": "medium",
                    "ability_note": "Tracing companies is possible with registry data.",
                    "entry_point": None,
                },
            },
        ],
        "options": [
            {
                "title": (
                    "Remote claim filing through the labour wing with a standard authorisation"
                ),
                "description": (
                    "Returnees sign a standard authorisation at the district desk; the labour wing "
                    "files the claim in the UAE on their behalf and follows the hearing."
                ),
                "source": "new",
                "strand": 0,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Works inside existing UAE e-services and needs only a ministerial circular, "
                    "which the UAE ministry agreed to draft."
                ),
                "reference": "",
            },
            {
                "title": "Salary records released to the claimant on request",
                "description": (
                    "The UAE ministry issues an extract of the worker's Wage Protection System "
                    "history, which serves as the main evidence of what was paid and what was not."
                ),
                "source": "existing",
                "strand": 1,
                "technical": 5,
                "feasibility": 3,
                "status": "chosen",
                "reason": (
                    "Technically simple and decisive as evidence; limited to the claimant's own "
                    "records to meet the UAE's data concerns."
                ),
                "reference": "UAE Wage Protection System for private-sector salaries",
            },
            {
                "title": "Claim desks in district welfare offices",
                "description": (
                    "Four district offices of the Wage Earners' Welfare Board take claims, check "
                    "documents and send complete files to the labour wing."
                ),
                "source": "existing",
                "strand": 2,
                "technical": 4,
                "feasibility": 5,
                "status": "chosen",
                "reason": (
                    "Uses offices returnees already know and that the ministry controls directly."
                ),
                "reference": "District offices of Bangladesh's Wage Earners' Welfare Board",
            },
            {
                "title": "Final salary deposited before exit or deportation",
                "description": (
                    "Employers would deposit final pay and gratuity with the authorities before a "
                    "worker's exit is processed."
                ),
                "source": "new",
                "strand": 0,
                "technical": 4,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "Needs a change to UAE exit procedures and labour law; too slow for a 2027 "
                    "start. Kept for a later phase."
                ),
                "reference": "",
            },
            {
                "title": "Insurance claims for workers of insolvent firms",
                "description": (
                    "The mechanism would also file claims against the worker protection insurance "
                    "when the employer has disappeared."
                ),
                "source": "existing",
                "strand": 3,
                "technical": 3,
                "feasibility": 3,
                "status": "candidate",
                "reason": "",
                "reference": "UAE worker protection insurance scheme",
            },
        ],
        "authorizations": [
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "authorizer": "Secretary, Ministry of Expatriates' Welfare and Overseas Employment",
                "status": "authorized",
                "sticking_points": "",
                "plan": (
                    "Approved at the ministry's coordination meeting; staffing confirmed in the "
                    "2027 budget request."
                ),
                "target_date": "2026-10-08",
            },
            {
                "organisation": (
                    "Ministry of Human Resources and Emiratisation, United Arab Emirates"
                ),
                "authorizer": "Assistant Undersecretary for Labour Affairs",
                "status": "authorized",
                "sticking_points": (
                    "Asked that claims be limited to workers who left within the previous twelve "
                    "months."
                ),
                "plan": "Twelve-month window accepted by all partners; circular in drafting.",
                "target_date": "2026-11-10",
            },
            {
                "organisation": "Bangladesh Returnee Migrants' Union",
                "authorizer": "Executive Committee",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Agreed at the committee meeting after consulting district coordinators.",
                "target_date": "2026-09-26",
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "authorizer": "Director and Research Ethics Board",
                "status": "authorized",
                "sticking_points": "Consent procedure for using panel data on named claimants.",
                "plan": "Ethics board approved a separate consent form for claimants.",
                "target_date": "2026-10-30",
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "authorizer": "Director of Research",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Confirmed by letter; contribution in kind plus one funded post.",
                "target_date": "2026-10-16",
            },
        ],
        "activities": [
            {
                "title": "Agree the claim procedure and data-sharing protocol",
                "description": (
                    "Both ministries sign a short protocol on who files, what evidence is "
                    "accepted, the twelve-month window and how payments are transferred."
                ),
                "responsible": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "starts_on": "2027-01-04",
                "ends_on": "2027-04-30",
            },
            {
                "title": "Open claim desks in four districts",
                "description": (
                    "Recruit and train eight officers for desks in Sylhet, Comilla, Chattogram and "
                    "Tangail, with a shared case register."
                ),
                "responsible": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "starts_on": "2027-03-01",
                "ends_on": "2027-09-30",
            },
            {
                "title": "Hear remote claims in the UAE",
                "description": (
                    "Dispute settlement staff accept files from the labour wing, request salary "
                    "records and decide claims without the worker present."
                ),
                "responsible": (
                    "Ministry of Human Resources and Emiratisation, United Arab Emirates"
                ),
                "starts_on": "2027-05-01",
                "ends_on": "2029-06-30",
            },
            {
                "title": "Reach and accompany returnees through their claims",
                "description": (
                    "Paralegals from the union contact members and other returnees, help with "
                    "evidence and follow each case to payment."
                ),
                "responsible": "Bangladesh Returnee Migrants' Union",
                "starts_on": "2027-04-01",
                "ends_on": "2029-06-30",
            },
            {
                "title": "Trace employers and verify company status",
                "description": (
                    "Match employer names and licence numbers against registry data, flagging "
                    "firms that have closed or changed name."
                ),
                "responsible": "Gulf Labour Markets Research Centre",
                "starts_on": "2027-05-01",
                "ends_on": "2028-12-31",
            },
            {
                "title": "Measure wage theft and recovery among returnees",
                "description": (
                    "Add a wage module to the household panel at baseline and endline and publish "
                    "a short evaluation."
                ),
                "responsible": "Institute for Mobility and Development, Dhaka",
                "starts_on": "2027-02-01",
                "ends_on": "2029-09-30",
            },
        ],
        "indicators": [
            {
                "name": "Claims by returned workers registered at district desks",
                "baseline": "0 (no procedure)",
                "target": "1,200 claims",
                "target_date": "2028-12-31",
                "means_of_verification": (
                    "Desk case register, reviewed quarterly by the steering group"
                ),
                "activity": 1,
            },
            {
                "name": "Share of claims decided in the UAE within six months of filing",
                "baseline": "Not applicable",
                "target": "60%",
                "target_date": "2029-06-30",
                "means_of_verification": "Extract from the UAE ministry's case-management system",
                "activity": 2,
            },
            {
                "name": "Unpaid wages recovered and paid to returnees",
                "baseline": "USD 0",
                "target": "USD 1.5 million",
                "target_date": "2029-06-30",
                "means_of_verification": "Bank and wallet transfers matched to case numbers",
                "activity": 2,
            },
            {
                "name": "Returnees in the panel who know how to lodge a claim",
                "baseline": "7% (2026 panel wave)",
                "target": "50%",
                "target_date": "2029-09-30",
                "means_of_verification": "Household panel survey, endline round",
                "activity": 5,
            },
        ],
        "budget": [
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "description": "Claim desk officers (8 posts, 30 months)",
                "kind": "cash",
                "amount": 240000,
                "activity": 1,
            },
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "description": "Office space and equipment in four district offices",
                "kind": "in_kind",
                "amount": 60000,
                "activity": 1,
            },
            {
                "organisation": (
                    "Ministry of Human Resources and Emiratisation, United Arab Emirates"
                ),
                "description": "Case handling by dispute settlement staff and e-filing changes",
                "kind": "in_kind",
                "amount": 180000,
                "activity": 2,
            },
            {
                "organisation": "Bangladesh Returnee Migrants' Union",
                "description": "Twelve paralegals for 27 months, with travel",
                "kind": "requested",
                "amount": 210000,
                "activity": 3,
            },
            {
                "organisation": "Bangladesh Returnee Migrants' Union",
                "description": "Volunteer outreach through district member networks",
                "kind": "in_kind",
                "amount": 25000,
                "activity": 3,
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "description": "Baseline and endline survey rounds (2,000 households)",
                "kind": "requested",
                "amount": 160000,
                "activity": 5,
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "description": "Use of existing household panel data and sampling frame",
                "kind": "in_kind",
                "amount": 40000,
                "activity": 5,
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "description": "Research assistant for employer tracing",
                "kind": "requested",
                "amount": 55000,
                "activity": 4,
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "description": "Access to company registry datasets",
                "kind": "in_kind",
                "amount": 30000,
                "activity": 4,
            },
        ],
        "tasks": [
            {
                "kind": "information",
                "title": "Confirm the wording of the UAE circular on the twelve-month window",
                "owner": "Ministry of Human Resources and Emiratisation, United Arab Emirates",
                "due_on": "2026-11-16",
                "status": "in_progress",
            },
            {
                "kind": "other",
                "title": "Prepare the one-page proposal and slides for the Summit",
                "owner": "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
                "due_on": "2026-11-25",
                "status": "in_progress",
            },
            {
                "kind": "authorization",
                "title": "Obtain the Institute's ethics approval for claimant consent",
                "owner": "Institute for Mobility and Development, Dhaka",
                "due_on": "2026-10-30",
                "status": "done",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-20",
                "progress": (
                    "Activities, indicators and budget agreed in the room. The union mapped 1,400 "
                    "members with unpaid wages who could file in the first year."
                ),
                "sticking_points": (
                    "The UAE authorization depends on the circular; amount for legal "
                    "representation in court cases still open."
                ),
            },
            {
                "date": "2026-11-12",
                "progress": (
                    "UAE ministry confirmed its authorization with a twelve-month window. All five "
                    "partners have now signed off."
                ),
                "sticking_points": (
                    "Circular text not yet final; the proposal will describe the window as agreed "
                    "in principle."
                ),
            },
        ],
        "went_back": None,
        "published": True,
    },
    {
        "group": "Wages and return: Gulf–South Asia corridor",
        "title": (
            "Experience that counts at home: reintegration of returnees from Gulf building sites"
        ),
        "summary": (
            "Nepali and Sri Lankan workers coming back from Gulf construction jobs find that their "
            "years of experience carry no weight with employers at home, and that help ends on the "
            "day they land. The group wants local employment services to follow returnees for a "
            "year, and Gulf contractors to issue experience records that employers at home can "
            "trust."
        ),
        "stage": "sequencing",
        "lead": "Ministry of Labour, Employment and Social Security, Nepal",
        "partners": [
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "role": "partner",
                "contribution": (
                    "Registers returnees through its village information centres and runs peer "
                    "support groups in Kurunegala and Matara."
                ),
            },
            {
                "organisation": "Doha Contractors' Forum",
                "role": "partner",
                "contribution": (
                    "Member firms test a detailed experience certificate for workers finishing "
                    "their contracts in Qatar."
                ),
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "role": "auxiliary",
                "contribution": (
                    "Advises on trade classifications used by Gulf employers and how they map to "
                    "national skill levels."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "national_government",
                "country": "LK",
                "region": "",
                "brings": (
                    "A Sri Lankan public body, such as the foreign employment bureau, to register "
                    "returnees in divisional secretariats and recognise their experience."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Most Nepali and Sri Lankan workers who return from Gulf construction and "
                "facilities jobs cannot turn their experience into work at home. They arrive "
                "without any record of what they did, and local employment services either treat "
                "them as first-time jobseekers or point them to another departure."
            ),
            "why_it_matters": (
                "Nepal alone sees well over 300,000 returns a year. Partners estimate that two in "
                "five returnees without a job after six months start preparing to leave again, "
                "usually borrowing to pay recruitment costs a second time."
            ),
            "affected": (
                "Returned workers, mostly men aged 25 to 45 from Madhesh and Koshi provinces and "
                "from Kurunegala and Matara districts, and the families who rely on their income."
            ),
            "who_should_care": (
                "Municipal employment service centres in Nepal and divisional secretariats in Sri "
                "Lanka, domestic builders short of skilled masons and electricians, and Gulf "
                "contractors whose training investment is lost when it goes undocumented."
            ),
            "solved_looks_like": (
                "A returnee comes home with a verifiable record of trade, level and years worked, "
                "registers with a local employment service within a month, and at least half of "
                "those registered are in paid work or a work-based training place within six "
                "months."
            ),
            "cites": [86, 87, 61],
        },
        "causes": [
            {
                "text": "Skills gained abroad are neither documented nor recognised",
                "cites": [86],
                "children": [
                    {
                        "text": (
                            "Gulf employers issue only an end-of-service slip, not a record of "
                            "tasks and trade level"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "National skills testing does not credit work experience without a "
                            "training certificate"
                        ),
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "Recognition of prior learning tests are offered only in "
                                    "Kathmandu and Colombo"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Returnees, employers and ministries all want experience to count."
                    ),
                    "authority": "medium",
                    "authority_note": (
                        "Certificates depend on employers' goodwill; recognition sits with "
                        "national skills bodies that are not yet partners."
                    ),
                    "ability": "medium",
                    "ability_note": "Test centres exist but are few and far from home districts.",
                    "entry_point": None,
                },
            },
            {
                "text": "Reintegration support ends on arrival",
                "cites": [87, 61],
                "children": [
                    {
                        "text": "Returnee programmes are one-day orientation sessions",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Municipal employment service centres have no returnee caseload and no "
                            "mandate to follow up"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Local governments ask for a clearer role with returnees.",
                    "authority": "high",
                    "authority_note": "The ministry can extend the centres' mandate by directive.",
                    "ability": "low",
                    "ability_note": (
                        "Centres have one or two staff each and no case management tool."
                    ),
                    "entry_point": None,
                },
            },
            {
                "text": "Local employers doubt returnees' skills and wage expectations",
                "cites": [],
                "children": [
                    {
                        "text": "Returnees expect pay close to what they earned abroad",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "There is no matching channel between returnees and domestic builders"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
            },
            {
                "text": "Debt and recruiters push returnees towards a quick second departure",
                "cites": [],
                "children": [
                    {
                        "text": "Loans taken for the first migration are still being repaid",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Sub-agents approach returnees in their villages within weeks of "
                            "arrival"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
            },
        ],
        "options": [],
        "authorizations": [],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": (
                    "Collect the experience and end-of-service documents Doha firms issue today"
                ),
                "owner": "Doha Contractors' Forum",
                "due_on": "2026-11-13",
                "status": "open",
            },
            {
                "kind": "partner",
                "title": "Secure a Sri Lankan government partner for returnee registration",
                "owner": "Sri Lanka Migrant Workers' Rights Network",
                "due_on": "2026-12-15",
                "status": "in_progress",
            },
            {
                "kind": "other",
                "title": "Rate the two remaining strands and rank the entry points",
                "owner": "Ministry of Labour, Employment and Social Security, Nepal",
                "due_on": "2026-12-04",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "Problem and fishbone agreed; the two strands on documentation and follow-up "
                    "have been rated for acceptance, authority and ability."
                ),
                "sticking_points": (
                    "No Sri Lankan government body in the group yet, and the contractors' forum "
                    "must consult member firms before committing to certificates."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    {
        "group": "Neighbourhood data for growing cities",
        "title": "From national registers to neighbourhood plans: migrant counts for Andean cities",
        "summary": (
            "Ecuador's registration of Venezuelan and Colombian nationals records where people "
            "live, yet municipalities receive only national or provincial totals. The idea is to "
            "give city planners regular, anonymised counts by parish or locality, with Bogotá "
            "testing the same approach and Montréal sharing how it negotiated access to government "
            "data."
        ),
        "stage": "fishbone",
        "lead": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
        "partners": [
            {
                "organisation": "Mayor's Office of Bogotá",
                "role": "partner",
                "contribution": (
                    "Tests the same counts with Colombian temporary protection data and uses them "
                    "in its school and health planning cycle."
                ),
            },
            {
                "organisation": "City of Montréal",
                "role": "partner",
                "contribution": (
                    "Shares its data-sharing agreements, privacy safeguards and the way its "
                    "newcomer office turns figures into service plans."
                ),
            },
            {
                "organisation": "Andean Institute for Human Mobility Studies",
                "role": "auxiliary",
                "contribution": (
                    "Proposes common variables and disclosure rules and trains municipal "
                    "statistics teams."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "local_government",
                "country": "EC",
                "region": "",
                "brings": (
                    "The Metropolitan District of Quito or the Municipality of Guayaquil, to use "
                    "the counts in its annual planning and budget."
                ),
            },
            {
                "kind": "national_government",
                "country": "",
                "region": "Latin America and the Caribbean",
                "brings": (
                    "A national statistics office willing to certify the method so that finance "
                    "ministries accept the figures."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Cities in Ecuador and Colombia plan schools, clinics and water connections for "
                "neighbourhoods whose migrant population has grown fast, but the registration data "
                "that show who lives where stay with national ministries and are released only as "
                "national or provincial totals."
            ),
            "why_it_matters": (
                "Bogotá counts roughly 600,000 Venezuelans with temporary protection yet cannot "
                "say in which localities migrant children will need school places next year. In "
                "northern Quito, health centres report patient loads about 30% above what they "
                "were planned for."
            ),
            "affected": (
                "Migrant families who find schools and clinics full, long-standing residents of "
                "the same neighbourhoods, and municipal planning and social services teams."
            ),
            "who_should_care": (
                "Ministries that hold the registers, national statistics institutes that set "
                "standards, and the data protection authorities whose approval any transfer needs."
            ),
            "solved_looks_like": (
                "Each quarter, participating cities receive anonymised counts of registered "
                "migrants by parish or locality, age group and sex, in a shared format, and use "
                "them when they set their education and health budgets."
            ),
            "cites": [99, 100, 101],
        },
        "causes": [
            {
                "text": "National registers were built to decide on status, not to plan services",
                "cites": [99],
                "children": [
                    {
                        "text": "Addresses are declared once at registration and rarely updated",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Register location fields do not match municipal geographic codes",
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "Parish boundaries were redrawn after the 2022 census but "
                                    "register codes were never re-mapped"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
            },
            {
                "text": "There is no legal basis or protocol for sharing register data with cities",
                "cites": [124],
                "children": [
                    {
                        "text": (
                            "The 2021 data protection law requires a defined purpose and an "
                            "agreement for each transfer of personal data"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Ministries fear that small counts could identify individuals or be "
                            "misused"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
            },
            {
                "text": "Cities lack the statistical capacity to handle register data safely",
                "cites": [100],
                "children": [
                    {
                        "text": (
                            "Few municipal staff are trained in anonymisation or small-area "
                            "estimation"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Each city keeps its own formats, so figures cannot be compared or "
                            "combined"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
            },
            {
                "text": "Censuses and surveys miss recent arrivals",
                "cites": [100],
                "children": [
                    {
                        "text": "Census rounds are years apart: 2022 in Ecuador, 2018 in Colombia",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Household survey samples are too small for neighbourhood estimates"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
            },
        ],
        "options": [],
        "authorizations": [],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": (
                    "Obtain the register's field list and location coding from the Vice-Ministry "
                    "of Human Mobility"
                ),
                "owner": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "due_on": "2026-11-06",
                "status": "in_progress",
            },
            {
                "kind": "information",
                "title": "Share Montréal's data-sharing agreement template with the group",
                "owner": "City of Montréal",
                "due_on": "2026-11-02",
                "status": "done",
            },
            {
                "kind": "partner",
                "title": "Invite the Metropolitan District of Quito to join as a partner",
                "owner": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "due_on": "2026-12-04",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-20",
                "progress": (
                    "Problem statement agreed by all partners; fishbone drafted with four bones "
                    "and first sub-causes."
                ),
                "sticking_points": (
                    "The data protection bone needs legal advice before it can be split further. "
                    "No Ecuadorian city is in the group yet."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    {
        "group": "Neighbourhood data for growing cities",
        "title": "Where newcomers settle: a shared neighbourhood dashboard for Amman and Nairobi",
        "summary": (
            "Greater Amman and Nairobi plan water lines, clinics and schools with population "
            "projections that ignore everyone who arrived since the last census. The two cities "
            "want a shared dashboard built from their own service records, with Gothenburg "
            "contributing its forecasting experience."
        ),
        "stage": "problem",
        "lead": "Greater Amman Municipality",
        "partners": [
            {
                "organisation": "Nairobi City County",
                "role": "partner",
                "contribution": (
                    "Brings trader licensing and ward service records from informal settlements."
                ),
            },
            {
                "organisation": "City of Gothenburg",
                "role": "auxiliary",
                "contribution": (
                    "Shares how it forecasts demand for preschool places and language classes."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "donor",
                "country": "",
                "region": "",
                "brings": (
                    "Two years of funding for a shared data scientist and for hosting the "
                    "dashboard."
                ),
            },
            {
                "kind": "academia",
                "country": "JO",
                "region": "",
                "brings": (
                    "A university department to check the small-area estimates and train city "
                    "staff."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Greater Amman and Nairobi decide where to extend water lines, clinics and schools "
                "from projections that leave out people who moved in after the last census, so "
                "services in the fastest-growing neighbourhoods are always behind."
            ),
            "why_it_matters": (
                "Amman's eastern districts such as Marka and Al-Nasr have grown by an estimated "
                "18% in ten years, and Kawangware in Nairobi takes in thousands of traders from "
                "the region each year. Under-sized services mean water rationing, crowded "
                "classrooms and friction between newcomers and host residents."
            ),
            "affected": (
                "Refugee, migrant and host households in fast-growing neighbourhoods, and city "
                "departments that must justify budgets to national ministries."
            ),
            "who_should_care": (
                "National statistics offices and finance ministries, which allocate transfers "
                "using census figures, and utilities that plan networks years ahead."
            ),
            "solved_looks_like": (
                "Each city updates neighbourhood population estimates every quarter from its own "
                "records and uses them in the annual capital plan."
            ),
            "cites": [148, 12, 123],
        },
        "causes": [],
        "options": [],
        "authorizations": [],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": "List which service records each city holds by neighbourhood",
                "owner": "Greater Amman Municipality",
                "due_on": "2026-11-20",
                "status": "open",
            },
            {
                "kind": "partner",
                "title": "Approach donors for the shared data scientist post",
                "owner": "Greater Amman Municipality",
                "due_on": "2027-01-15",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "The idea was formed at the second session; a first problem statement is "
                    "drafted."
                ),
                "sticking_points": (
                    "Nairobi's data team has not yet confirmed which records it can share."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    {
        "group": "Jobs first: legal pathways to Europe",
        "title": "Hired before departure: a hospitality pathway between Ecuador and Spain",
        "summary": (
            "Hotels in the Balearic and Canary Islands leave seasonal and year-round posts "
            "unfilled, while young Ecuadorians trained in hospitality have no legal route to them. "
            "The partnership extends Spain's hiring-in-origin procedure to hospitality: Ecuador "
            "preselects and prepares candidates, employers sign contracts before departure, and "
            "workers can get legal advice once in Spain."
        ),
        "stage": "design",
        "lead": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
        "partners": [
            {
                "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
                "role": "partner",
                "contribution": (
                    "Adds hospitality occupations to the annual hiring-in-origin order, processes "
                    "work authorisations and co-funds the pre-departure course."
                ),
            },
            {
                "organisation": "Madrid Legal Aid for Migrants and Refugees",
                "role": "partner",
                "contribution": (
                    "Runs seasonal rights clinics in tourist towns and handles complaints about "
                    "contract breaches."
                ),
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "role": "auxiliary",
                "contribution": (
                    "Evaluates the first two seasons, including costs and benefits for workers, "
                    "employers and both countries."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "business",
                "country": "ES",
                "region": "",
                "brings": (
                    "A hotel employers' association in the Balearic or Canary Islands to commit "
                    "vacancies each season."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Spanish hotels and restaurants cannot fill posts through existing legal routes, "
                "and Ecuadorians with hospitality training who would take those jobs have no "
                "workable channel: hiring in origin is used almost only for farm work, and "
                "individual work visas take six to nine months."
            ),
            "why_it_matters": (
                "Hospitality employers in Spain reported more than 50,000 vacancies they could not "
                "fill in the 2025 season, while youth underemployment in Ecuador's coastal "
                "provinces stays above 20%. Without a legal option, some young Ecuadorians enter "
                "as visitors and work without contracts or social security."
            ),
            "affected": (
                "Young Ecuadorian hospitality graduates and workers, employers in Spanish tourist "
                "regions, and migrants already working informally whose conditions pull standards "
                "down for everyone."
            ),
            "who_should_care": (
                "Spain's Secretariat of State for Migration, which sets the hiring-in-origin order "
                "each year; Ecuador's foreign and labour ministries; hospitality employers and the "
                "unions that negotiate the sector agreement."
            ),
            "solved_looks_like": (
                "Several hundred Ecuadorians a year start hospitality jobs in Spain with contracts "
                "signed before they travel, paid under the sector agreement, with clear options to "
                "return or renew, and fewer than one in twenty report a contract breach."
            ),
            "cites": [36, 37, 118],
        },
        "causes": [
            {
                "text": "Hiring in origin is built around farm harvests",
                "cites": [118],
                "children": [
                    {
                        "text": "The annual order lists mainly agricultural occupations",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Hospitality employers do not know the procedure",
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "Small hotels have no staff to handle foreign recruitment "
                                    "paperwork"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Employers, unions and both governments support a hospitality window."
                    ),
                    "authority": "high",
                    "authority_note": "Spain sets the annual order by ministerial decision.",
                    "ability": "medium",
                    "ability_note": (
                        "Provincial immigration offices need extra staff in peak months."
                    ),
                    "entry_point": 1,
                },
            },
            {
                "text": "There is no trusted preselection of candidates in Ecuador",
                "cites": [],
                "children": [
                    {
                        "text": (
                            "Ecuador's public employment service has no hospitality test aligned "
                            "with Spanish job profiles"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Private intermediaries charge jobseekers for promises of work abroad"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Candidates and employers both want a fee-free public channel."
                    ),
                    "authority": "high",
                    "authority_note": (
                        "The ministry can mandate its employment service and training institutes."
                    ),
                    "ability": "medium",
                    "ability_note": (
                        "Testing capacity exists in Quito and Guayaquil but not yet in Manta."
                    ),
                    "entry_point": 2,
                },
            },
            {
                "text": "Individual work visas are slow and subject to a labour market test",
                "cites": [37],
                "children": [
                    {
                        "text": (
                            "The shortage occupation catalogue is updated rarely and leaves out "
                            "most hospitality jobs"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Unions are wary of widening individual routes.",
                    "authority": "medium",
                    "authority_note": "Changes need a regulation, not only an order.",
                    "ability": "medium",
                    "ability_note": "Processing times depend on consular staffing.",
                    "entry_point": None,
                },
            },
            {
                "text": "Workers in Spain do not know their rights under the sector agreement",
                "cites": [36],
                "children": [
                    {
                        "text": "Seasonal staff are housed far from towns with no access to advice",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Complaints are rare because workers fear losing the next season",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "All partners agree workers need independent advice.",
                    "authority": "medium",
                    "authority_note": (
                        "Legal aid can act only on complaints the worker chooses to bring."
                    ),
                    "ability": "high",
                    "ability_note": "The legal aid partner already runs clinics and can travel.",
                    "entry_point": 3,
                },
            },
        ],
        "options": [
            {
                "title": "Add hospitality occupations to the hiring-in-origin order",
                "description": (
                    "Cooks, waiting staff, housekeeping and reception are listed in the annual "
                    "order with a first-year quota for Ecuador."
                ),
                "source": "existing",
                "strand": 0,
                "technical": 5,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Spain can do this by ministerial order without changing the law; confirmed by "
                    "the ministry in October."
                ),
                "reference": (
                    "Spain's collective hiring-in-origin procedure, used mainly for seasonal farm "
                    "work"
                ),
            },
            {
                "title": "Public preselection with a joint skills test",
                "description": (
                    "Ecuador's employment service shortlists candidates using a practical test "
                    "agreed with Spanish employers; no fees are charged to jobseekers."
                ),
                "source": "new",
                "strand": 1,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Keeps recruitment public and fee-free, and gives employers confidence in the "
                    "shortlist."
                ),
                "reference": "",
            },
            {
                "title": "Pre-departure course on the job and on labour rights",
                "description": (
                    "A four-week course covering workplace Spanish, food safety, the sector "
                    "agreement and where to get help."
                ),
                "source": "elsewhere",
                "strand": 3,
                "technical": 4,
                "feasibility": 5,
                "status": "chosen",
                "reason": "Cheap, quick to start and supported by employers and unions alike.",
                "reference": "Pre-departure orientation required of outgoing Filipino workers",
            },
            {
                "title": "Seasonal legal aid clinics in tourist towns",
                "description": (
                    "Lawyers hold weekly clinics in Palma and Adeje during the season and take "
                    "cases by phone in between."
                ),
                "source": "new",
                "strand": 3,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Fills the gap between a signed contract and workers actually knowing their "
                    "rights."
                ),
                "reference": "",
            },
            {
                "title": "Job-search visa for hospitality shortage occupations",
                "description": (
                    "Candidates would come to Spain for three months to look for work in listed "
                    "occupations."
                ),
                "source": "elsewhere",
                "strand": 2,
                "technical": 3,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "Would need a change in immigration regulations; beyond what the partners can "
                    "authorize for 2027."
                ),
                "reference": "Job-seeker visas offered by some EU member States",
            },
        ],
        "authorizations": [
            {
                "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "authorizer": "Vice-Minister of Human Mobility",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved together with the ministry's 2027 work plan.",
                "target_date": "2026-09-30",
            },
            {
                "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
                "authorizer": "Secretary of State for Migration",
                "status": "authorized",
                "sticking_points": "Asked that the first year be capped at 300 workers.",
                "plan": "Cap accepted; increases tied to the evaluation of the first season.",
                "target_date": "2026-11-05",
            },
            {
                "organisation": "Madrid Legal Aid for Migrants and Refugees",
                "authorizer": "Board of Trustees",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved at the October board meeting.",
                "target_date": "2026-10-15",
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "authorizer": "Institute Director",
                "status": "in_discussion",
                "sticking_points": (
                    "Interviews with workers in Spain need approval from the ethics committee."
                ),
                "plan": "Evaluation design goes to the ethics committee on 3 December 2026.",
                "target_date": "2026-12-03",
            },
        ],
        "activities": [
            {
                "title": "Publish the hospitality annex to the hiring-in-origin order",
                "description": (
                    "List the occupations, the first-year quota and the procedure for employers."
                ),
                "responsible": "Ministry of Inclusion, Social Security and Migration, Spain",
                "starts_on": "2027-01-11",
                "ends_on": "2027-03-31",
            },
            {
                "title": "Preselect and test candidates in Quito, Guayaquil and Manta",
                "description": (
                    "Public calls, practical tests and interviews with employers by video before "
                    "contracts are signed."
                ),
                "responsible": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "starts_on": "2027-02-01",
                "ends_on": "2029-03-31",
            },
            {
                "title": "Run the pre-departure course",
                "description": (
                    "Four weeks at public hospitality institutes for every worker with a signed "
                    "contract."
                ),
                "responsible": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "starts_on": "2027-04-01",
                "ends_on": "2029-04-30",
            },
            {
                "title": "Hold seasonal legal aid clinics",
                "description": (
                    "Weekly clinics in Palma and Adeje from May to October, plus a phone line."
                ),
                "responsible": "Madrid Legal Aid for Migrants and Refugees",
                "starts_on": "2027-05-01",
                "ends_on": "2029-10-31",
            },
            {
                "title": "Evaluate the first two seasons",
                "description": (
                    "Surveys of workers and employers, cost-benefit analysis and recommendations "
                    "for scaling up."
                ),
                "responsible": "Berlin Institute for Labour Migration Economics",
                "starts_on": "2027-04-01",
                "ends_on": "2029-06-30",
            },
            {
                "title": "Review the quota and procedure each year",
                "description": (
                    "A joint review meeting after each season sets the next year's quota."
                ),
                "responsible": "Ministry of Inclusion, Social Security and Migration, Spain",
                "starts_on": "2027-11-01",
                "ends_on": "2029-11-30",
            },
        ],
        "indicators": [
            {
                "name": "Ecuadorian workers hired in Spanish hospitality through the pathway",
                "baseline": "0",
                "target": "300 in 2027, rising to 900 a year by 2029",
                "target_date": "2029-10-31",
                "means_of_verification": (
                    "Work authorisations issued under the hiring-in-origin order"
                ),
                "activity": 0,
            },
            {
                "name": "Workers with a signed contract before departure",
                "baseline": "Not applicable",
                "target": "100%",
                "target_date": "2029-10-31",
                "means_of_verification": (
                    "Visa files checked by Ecuador's consular section in Madrid"
                ),
                "activity": 1,
            },
            {
                "name": "Workers reporting a breach of contract",
                "baseline": "Not applicable",
                "target": "Below 5%",
                "target_date": "2029-06-30",
                "means_of_verification": "Evaluation exit survey and legal aid case log",
                "activity": 4,
            },
            {
                "name": "Recruitment fees paid by workers",
                "baseline": "USD 1,500 to 3,000 reported on informal routes",
                "target": "Zero",
                "target_date": "2029-06-30",
                "means_of_verification": "Worker survey in the evaluation",
                "activity": 4,
            },
        ],
        "budget": [
            {
                "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "description": "Preselection and testing staff in three cities",
                "kind": "cash",
                "amount": 150000,
                "activity": 1,
            },
            {
                "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "description": "Training rooms at public hospitality institutes",
                "kind": "in_kind",
                "amount": 45000,
                "activity": 2,
            },
            {
                "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
                "description": "Processing of work authorisations by provincial offices",
                "kind": "in_kind",
                "amount": 120000,
                "activity": 0,
            },
            {
                "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
                "description": "Co-funding of the pre-departure course",
                "kind": "cash",
                "amount": 80000,
                "activity": 2,
            },
            {
                "organisation": "Madrid Legal Aid for Migrants and Refugees",
                "description": "Two lawyers and travel for three seasons of clinics",
                "kind": "requested",
                "amount": 195000,
                "activity": 3,
            },
            {
                "organisation": "Madrid Legal Aid for Migrants and Refugees",
                "description": "Volunteer interpreters and evening clinic space",
                "kind": "in_kind",
                "amount": 30000,
                "activity": 3,
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "description": "Evaluation fieldwork in Ecuador and Spain",
                "kind": "requested",
                "amount": 140000,
                "activity": 4,
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "description": "Senior researcher time",
                "kind": "in_kind",
                "amount": 35000,
                "activity": 4,
            },
        ],
        "tasks": [
            {
                "kind": "authorization",
                "title": "Follow up the ethics committee decision on the evaluation",
                "owner": "Berlin Institute for Labour Migration Economics",
                "due_on": "2026-12-03",
                "status": "in_progress",
            },
            {
                "kind": "partner",
                "title": "Secure a hotel employers' association for the first season",
                "owner": "Ministry of Inclusion, Social Security and Migration, Spain",
                "due_on": "2026-11-18",
                "status": "in_progress",
            },
            {
                "kind": "other",
                "title": "Send the proposal to the Summit organisers",
                "owner": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
                "due_on": "2026-11-20",
                "status": "done",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-20",
                "progress": (
                    "Design completed in the session: six activities, four indicators and a budget "
                    "split between the partners."
                ),
                "sticking_points": (
                    "Spain wants a capped first year; the evaluation still needs ethics approval."
                ),
            },
        ],
        "went_back": None,
        "published": True,
    },
    {
        "group": "Jobs first: legal pathways to Europe",
        "title": "Training only for real jobs: a care-worker pathway between Kenya and Germany",
        "summary": (
            "Kenyan nursing and care graduates would begin German lessons and recognition only "
            "once a German employer has made a binding offer. After the federal ministry declined "
            "to host a new government-to-government placement scheme, the group is searching the "
            "design space again for an employer-led route."
        ),
        "stage": "design_space",
        "lead": "Ministry of Labour and Social Protection, Kenya",
        "partners": [
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "role": "partner",
                "contribution": (
                    "Advises on recognition and visa rules and links the partnership to the "
                    "bilateral migration agreement with Kenya."
                ),
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "role": "partner",
                "contribution": (
                    "Finds hospitals and care homes ready to sign conditional contracts and pays "
                    "language training for their candidates."
                ),
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "role": "auxiliary",
                "contribution": (
                    "Tracks how many candidates reach a job and at what cost to each party."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "business",
                "country": "DE",
                "region": "",
                "brings": (
                    "Two or three hospitals or care home groups in Hesse willing to sign "
                    "conditional contracts with Kenyan candidates."
                ),
            },
            {
                "kind": "academia",
                "country": "KE",
                "region": "",
                "brings": (
                    "A medical training college to host language and adaptation courses in Nairobi."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Kenya trains more nurses and care workers than its health system can employ, and "
                "German hospitals and care homes cannot fill posts, yet few Kenyans reach those "
                "jobs through legal channels. Many pay for language courses that never lead to an "
                "offer, or take domestic work in the Gulf instead."
            ),
            "why_it_matters": (
                "Kenya registers several thousand new nurses a year while public hospitals hire "
                "only a fraction; German care employers reported more than 35,000 unfilled skilled "
                "posts in 2025. Candidates who pay for German courses without an offer spend "
                "around USD 2,400 and often drop out before B1."
            ),
            "affected": (
                "Young Kenyan nurses and care graduates and their families; patients and residents "
                "in understaffed German facilities; employers who give up after one failed "
                "attempt."
            ),
            "who_should_care": (
                "Kenya's labour and health ministries and its nursing council, German recognition "
                "authorities in the Länder, and care employers' associations."
            ),
            "solved_looks_like": (
                "Candidates start training only after a signed conditional contract, employers pay "
                "for language and recognition, and at least 70% of those who start are working in "
                "Germany within eighteen months."
            ),
            "cites": [34, 35, 117],
        },
        "causes": [
            {
                "text": "Training starts before any job offer exists",
                "cites": [35],
                "children": [
                    {
                        "text": "Private language schools sell courses directly to candidates",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Employers want to interview only candidates who already speak German"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Everyone agrees that training without an offer wastes money."
                    ),
                    "authority": "medium",
                    "authority_note": (
                        "Kenya licenses agencies but cannot regulate private language schools."
                    ),
                    "ability": "medium",
                    "ability_note": (
                        "Employers can sign conditional contracts if someone manages the process."
                    ),
                    "entry_point": 1,
                },
            },
            {
                "text": "German employers do not know how to recruit in Kenya",
                "cites": [117],
                "children": [
                    {
                        "text": "Small care homes have no international recruitment capacity",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Placements stall after a first visa or recognition refusal",
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "Recognition authorities differ between Länder and ask for "
                                    "different documents"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Employers are keen once the process is managed for them.",
                    "authority": "low",
                    "authority_note": (
                        "Recognition is decided by Länder authorities outside the partnership."
                    ),
                    "ability": "medium",
                    "ability_note": (
                        "The staffing partner can manage recruitment for several employers."
                    ),
                    "entry_point": 2,
                },
            },
            {
                "text": "Recognition of Kenyan nursing qualifications is slow",
                "cites": [],
                "children": [
                    {
                        "text": (
                            "Full equivalence often requires adaptation courses that are scarce"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Some professional bodies fear lower standards.",
                    "authority": "low",
                    "authority_note": "Set by Länder rules and federal law.",
                    "ability": "low",
                    "ability_note": "Few adaptation places are available.",
                    "entry_point": None,
                },
            },
            {
                "text": "Recruitment costs fall on candidates rather than employers",
                "cites": [34],
                "children": [
                    {
                        "text": "Kenyan agency licences contain no employer-pays rule",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Some agencies depend on candidate fees.",
                    "authority": "high",
                    "authority_note": "Kenya sets licence conditions for recruitment agencies.",
                    "ability": "medium",
                    "ability_note": "Monitoring of agencies is thinly staffed.",
                    "entry_point": 3,
                },
            },
        ],
        "options": [
            {
                "title": (
                    "Government-to-government placement through the public employment services"
                ),
                "description": (
                    "Kenya's employment authority and Germany's Federal Employment Agency would "
                    "preselect, place and follow candidates under a joint programme."
                ),
                "source": "elsewhere",
                "strand": 1,
                "technical": 4,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "Chosen at the first session, then refused by the federal ministry on 30 "
                    "September 2026: no placement capacity or budget for a new partner country in "
                    "2027. Set aside unless the 2028 budget changes this."
                ),
                "reference": (
                    "Triple Win programme of Germany's Federal Employment Agency with partner "
                    "countries"
                ),
            },
            {
                "title": "Conditional contracts signed before training",
                "description": (
                    "Employers sign an offer that becomes binding once the candidate reaches B2 "
                    "and recognition is under way."
                ),
                "source": "new",
                "strand": 0,
                "technical": 5,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Kept from the first design: it does not depend on the ministry's programme "
                    "and every partner still supports it."
                ),
                "reference": "",
            },
            {
                "title": "Employer-led route through a recognition partnership",
                "description": (
                    "Candidates enter Germany to work as assistants while completing recognition, "
                    "with the employer committing to support the process."
                ),
                "source": "existing",
                "strand": 1,
                "technical": 4,
                "feasibility": 4,
                "status": "candidate",
                "reason": "",
                "reference": (
                    "Recognition partnership under Germany's Skilled Immigration Act, in force "
                    "since March 2024"
                ),
            },
            {
                "title": "Dual-track training at a Kenyan medical training college",
                "description": (
                    "One course in Nairobi prepares some graduates for Germany and others for "
                    "Kenyan jobs, with German employers paying part of the cost."
                ),
                "source": "elsewhere",
                "strand": 0,
                "technical": 4,
                "feasibility": 3,
                "status": "candidate",
                "reason": "",
                "reference": (
                    "Global Skill Partnership model, in which the destination pays for training in "
                    "the country of origin"
                ),
            },
            {
                "title": "Employer-pays clause in Kenyan agency licences",
                "description": (
                    "Licences for agencies recruiting for Germany would ban any fee charged to "
                    "candidates."
                ),
                "source": "new",
                "strand": 3,
                "technical": 3,
                "feasibility": 3,
                "status": "candidate",
                "reason": "",
                "reference": "",
            },
        ],
        "authorizations": [
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "authorizer": (
                    "Principal Secretary, State Department for Labour and Skills Development"
                ),
                "status": "authorized",
                "sticking_points": "",
                "plan": (
                    "Approved the original design; needs a short briefing on the change of route."
                ),
                "target_date": "2026-09-15",
            },
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "authorizer": (
                    "Director-General, European and International Employment and Social Policy"
                ),
                "status": "refused",
                "sticking_points": (
                    "No placement capacity at the Federal Employment Agency and no 2027 budget for "
                    "a new government-to-government scheme."
                ),
                "plan": (
                    "Present the employer-led alternative to the working group of the "
                    "Kenya–Germany migration agreement in January 2027."
                ),
                "target_date": "2027-01-28",
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "authorizer": "Managing Director",
                "status": "authorized",
                "sticking_points": (
                    "Will pay language training to B2 only where a hospital has signed first."
                ),
                "plan": "Condition built into the design; confirmed in writing.",
                "target_date": "2026-09-22",
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "authorizer": "Institute Director",
                "status": "not_asked",
                "sticking_points": "",
                "plan": "Ask once the new route has been chosen.",
                "target_date": "2027-02-15",
            },
        ],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": (
                    "Get a legal reading of the recognition partnership for nursing assistants and "
                    "registered nurses"
                ),
                "owner": "Federal Ministry of Labour and Social Affairs, Germany",
                "due_on": "2026-11-16",
                "status": "open",
            },
            {
                "kind": "partner",
                "title": "Find two Hessian hospitals ready to sign conditional contracts",
                "owner": "Rhein-Main Care Staffing",
                "due_on": "2026-12-11",
                "status": "in_progress",
            },
            {
                "kind": "authorization",
                "title": "Brief the Principal Secretary on the change of route",
                "owner": "Ministry of Labour and Social Protection, Kenya",
                "due_on": "2026-11-27",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-20",
                "progress": (
                    "The group reported the federal ministry's refusal and moved back to the "
                    "design space. Three new candidate ideas were listed and scored in the "
                    "session."
                ),
                "sticking_points": (
                    "The employer-led route depends on how recognition partnerships apply to "
                    "nurses; no hospital has signed yet."
                ),
            },
            {
                "date": "2026-11-09",
                "progress": (
                    "Rhein-Main Care Staffing has held talks with three hospitals in Frankfurt and "
                    "Wiesbaden; two asked for draft conditional contracts."
                ),
                "sticking_points": "Legal reading from the federal ministry still awaited.",
            },
        ],
        "went_back": {
            "from": "authorization",
            "to": "design_space",
            "reason": (
                "The Federal Ministry of Labour and Social Affairs declined to authorize a new "
                "government-to-government placement scheme for 2027, because the Federal "
                "Employment Agency has no capacity or budget for another partner country. The "
                "group went back to look for a route that does not depend on it."
            ),
        },
        "published": False,
    },
    {
        "group": "Climate mobility: planning moves before the water comes",
        "title": "Work abroad as a choice: seasonal jobs for Fijian villages preparing to relocate",
        "summary": (
            "Fijian villages that must move away from the coast need income to rebuild on safer "
            "land, but few of their members are selected for seasonal work in New Zealand. The "
            "idea gives workers from these villages priority within Fiji's work-ready pool, with "
            "savings that can flow into village relocation funds and pastoral care that keeps ties "
            "with home."
        ),
        "stage": "authorization",
        "lead": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
        "partners": [
            {
                "organisation": "Ministry of Business, Innovation and Employment, New Zealand",
                "role": "partner",
                "contribution": (
                    "Considers priority selection within Fiji's share of Recognised Seasonal "
                    "Employer places and briefs employers."
                ),
            },
            {
                "organisation": "Pacific Islands Climate Mobility Network",
                "role": "partner",
                "contribution": (
                    "Works with village councils so that selection and savings decisions are taken "
                    "by the community."
                ),
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "role": "partner",
                "contribution": (
                    "Provides the list of villages exposed to sea-level rise and tracks savings "
                    "and relocation progress."
                ),
            },
            {
                "organisation": "Regional Labour Mobility Office for the Pacific",
                "role": "auxiliary",
                "contribution": (
                    "Shares selection and welfare practice from other Pacific sending countries."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "business",
                "country": "FJ",
                "region": "",
                "brings": (
                    "A bank or mobile money operator to offer low-cost savings accounts that pay "
                    "into village relocation funds."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Households in Fijian coastal villages that must relocate because of rising seas "
                "lose gardens and fishing grounds before they can afford to rebuild, while "
                "seasonal work places abroad, which could bring in income, go mostly to applicants "
                "from towns and well-connected districts."
            ),
            "why_it_matters": (
                "More than 40 communities have been identified for relocation, each costing "
                "several million Fiji dollars, and public funding covers only a few moves a year. "
                "A seasonal worker in New Zealand typically sends home NZD 8,000 to 12,000 a "
                "season, enough to make a real difference to a village fund."
            ),
            "affected": (
                "Families in exposed coastal villages of Vanua Levu and the Lau islands, women and "
                "elders who stay behind, and host communities receiving relocated households."
            ),
            "who_should_care": (
                "Fiji's labour mobility unit and national relocation task force, New Zealand's "
                "seasonal employment policy team and employers, and the village councils that "
                "decide on relocation."
            ),
            "solved_looks_like": (
                "Workers from relocating villages hold a fair share of seasonal places, their "
                "savings reach village relocation funds at low cost, and no village has to choose "
                "between moving and keeping its people together."
            ),
            "cites": [39, 43, 126],
        },
        "causes": [
            {
                "text": "Selection for seasonal work favours applicants near Suva and Lautoka",
                "cites": [],
                "children": [
                    {
                        "text": (
                            "Registering in the work-ready pool requires travel to ministry offices"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Employers rehire from their existing teams and team leaders' networks"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": (
                        "Districts that now send many workers may resist losing places."
                    ),
                    "authority": "high",
                    "authority_note": (
                        "Fiji's ministry runs the work-ready pool and sets its priorities."
                    ),
                    "ability": "high",
                    "ability_note": (
                        "Mobile registration teams already exist for Australian schemes."
                    ),
                    "entry_point": 1,
                },
            },
            {
                "text": "Relocation money arrives too slowly and in small amounts",
                "cites": [127],
                "children": [
                    {
                        "text": (
                            "The national relocation trust fund pays for only two or three moves a "
                            "year"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Remittances go to household needs rather than community projects",
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "No savings product lets workers pay into a village fund from "
                                    "abroad"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Villages and workers want to save for the move together.",
                    "authority": "medium",
                    "authority_note": "Village funds are run by councils under customary rules.",
                    "ability": "medium",
                    "ability_note": "Banks are interested but have no product yet.",
                    "entry_point": 2,
                },
            },
            {
                "text": "Villages lose their workforce just when they need to rebuild",
                "cites": [126],
                "children": [
                    {
                        "text": "Young adults are away during the dry-season building window",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Elders worry about absences; workers value the income.",
                    "authority": "medium",
                    "authority_note": "Timing of contracts is partly set by employers.",
                    "ability": "low",
                    "ability_note": (
                        "No plan exists to match seasons abroad with building work at home."
                    ),
                    "entry_point": None,
                },
            },
            {
                "text": "Destination caps and employer demand ignore climate exposure",
                "cites": [43],
                "children": [
                    {
                        "text": (
                            "New Zealand sets scheme caps nationally and employers choose their "
                            "workers"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "low",
                    "acceptance_note": "Employers want to keep choosing experienced workers.",
                    "authority": "low",
                    "authority_note": (
                        "Caps and selection rules are decided by New Zealand's Cabinet."
                    ),
                    "ability": "medium",
                    "ability_note": "Employers could take new workers if supported.",
                    "entry_point": None,
                },
            },
        ],
        "options": [
            {
                "title": "Climate-exposure priority in Fiji's work-ready pool",
                "description": (
                    "Applicants from villages on the relocation list are ranked first when Fiji "
                    "nominates new workers for seasonal places."
                ),
                "source": "new",
                "strand": 0,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Fiji can apply it within its own allocation without any change on the New "
                    "Zealand side."
                ),
                "reference": "",
            },
            {
                "title": "Mobile registration days in relocating villages",
                "description": (
                    "Ministry teams visit villages to register and pre-screen applicants together "
                    "with village councils."
                ),
                "source": "existing",
                "strand": 0,
                "technical": 4,
                "feasibility": 5,
                "status": "chosen",
                "reason": "Low cost and already used for other schemes.",
                "reference": "Fiji's outreach registration for Pacific labour mobility schemes",
            },
            {
                "title": "Savings accounts that feed village relocation funds",
                "description": (
                    "Workers choose a share of each pay to go into a village fund account, matched "
                    "by donor money for the first two seasons."
                ),
                "source": "new",
                "strand": 1,
                "technical": 4,
                "feasibility": 3,
                "status": "chosen",
                "reason": (
                    "Directly links labour mobility to the cost of moving; needs a banking partner."
                ),
                "reference": "Fiji's Climate Relocation of Communities Trust Fund",
            },
            {
                "title": "Reserved seasonal sub-cap for climate-exposed communities",
                "description": (
                    "New Zealand would set aside a number of places for workers from relocating "
                    "communities."
                ),
                "source": "new",
                "strand": 3,
                "technical": 3,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "A country-specific sub-cap would need Cabinet agreement; partners chose to "
                    "work within Fiji's allocation instead."
                ),
                "reference": "",
            },
            {
                "title": "Family climate mobility visa",
                "description": (
                    "A visa open to whole households from exposed islands, not tied to an employer."
                ),
                "source": "elsewhere",
                "strand": 3,
                "technical": 3,
                "feasibility": 1,
                "status": "set_aside",
                "reason": "Beyond a labour partnership; left to talks between governments.",
                "reference": "Falepili Union treaty between Australia and Tuvalu",
            },
        ],
        "authorizations": [
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "authorizer": (
                    "Permanent Secretary for Employment, Productivity and Industrial Relations"
                ),
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved; priority rules to be issued as a ministry directive.",
                "target_date": "2026-10-30",
            },
            {
                "organisation": "Ministry of Business, Innovation and Employment, New Zealand",
                "authorizer": "Manager, Seasonal Employment Policy",
                "status": "in_discussion",
                "sticking_points": (
                    "Supports priority selection within Fiji's allocation but will not change "
                    "employer choice rules; wants employers consulted first."
                ),
                "plan": (
                    "Present the design to the seasonal employer reference group in February 2027."
                ),
                "target_date": "2027-02-26",
            },
            {
                "organisation": "Pacific Islands Climate Mobility Network",
                "authorizer": "Council of community representatives",
                "status": "authorized",
                "sticking_points": (
                    "Insisted that village councils, not the ministry, decide who is nominated."
                ),
                "plan": "Built into the design; confirmed at the council's November meeting.",
                "target_date": "2026-11-06",
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "authorizer": "Centre Director",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved, including sharing the village exposure list with the ministry.",
                "target_date": "2026-10-28",
            },
            {
                "organisation": "Regional Labour Mobility Office for the Pacific",
                "authorizer": "Head of Office",
                "status": "not_asked",
                "sticking_points": "",
                "plan": (
                    "Ask at the regional labour mobility meeting once New Zealand's position is "
                    "known."
                ),
                "target_date": "2027-03-15",
            },
        ],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": "List relocating villages with at least 20 working-age adults",
                "owner": "Wellington Centre for Climate and Displacement Studies",
                "due_on": "2026-11-10",
                "status": "in_progress",
            },
            {
                "kind": "authorization",
                "title": "Prepare the briefing for the seasonal employer reference group",
                "owner": "Ministry of Business, Innovation and Employment, New Zealand",
                "due_on": "2027-01-29",
                "status": "open",
            },
            {
                "kind": "partner",
                "title": "Find a bank or mobile money operator for the village savings accounts",
                "owner": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
                "due_on": "2026-12-18",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "Three design ideas chosen; the group moved to authorization and listed who "
                    "must agree in each organisation."
                ),
                "sticking_points": (
                    "New Zealand cannot commit before consulting employers; no banking partner yet."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    {
        "group": "Climate mobility: planning moves before the water comes",
        "title": "Safe land before people arrive: towns receiving climate-displaced households",
        "summary": (
            "Households displaced by rising seas, floods and river erosion end up in informal "
            "settlements on the edges of Suva, Freetown and Dhaka, often in the path of the next "
            "disaster. The three city governments want to identify and service safe land in "
            "advance and are comparing approaches from each other and from elsewhere."
        ),
        "stage": "design_space",
        "lead": "Suva City Council",
        "partners": [
            {
                "organisation": "Freetown City Council",
                "role": "partner",
                "contribution": (
                    "Brings shoreline settlement mapping and its work with community federations "
                    "on upgrading."
                ),
            },
            {
                "organisation": "Dhaka North City Corporation",
                "role": "partner",
                "contribution": (
                    "Shares ward service data and its experience with families arriving from "
                    "eroding coastal districts."
                ),
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "role": "partner",
                "contribution": (
                    "Extends its coastal hazard models to the three cities and checks land "
                    "suitability."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "national_government",
                "country": "FJ",
                "region": "",
                "brings": (
                    "The ministry in charge of planned relocation, to bring towns into the "
                    "national guidelines."
                ),
            },
            {
                "kind": "donor",
                "country": "",
                "region": "",
                "brings": "Adaptation finance for roads, drainage and water on safe plots.",
            },
        ],
        "problem": {
            "statement": (
                "Most people displaced by climate impacts end up in towns, but national relocation "
                "plans stop at the village, so city governments receive families into hazard-prone "
                "informal settlements with no land, budget or mandate to plan for them."
            ),
            "why_it_matters": (
                "Over 40 displaced island and coastal households settled in Suva last year, "
                "Freetown's shoreline settlements grow every rainy season, and Dhaka North's "
                "low-income wards absorb families from Bhola and Satkhira. Without planned land "
                "these households face eviction, flooding and poor services."
            ),
            "affected": (
                "Displaced households, especially women-headed ones, and the neighbourhoods that "
                "receive them."
            ),
            "who_should_care": (
                "National ministries for relocation and land, which leave towns out of their "
                "guidelines, climate funds that finance mostly rural adaptation, and urban "
                "planners."
            ),
            "solved_looks_like": (
                "Each city has a mapped reserve of safe, serviced plots with secure tenure, a fair "
                "way to allocate them with the people concerned, and a costed line in its climate "
                "action budget."
            ),
            "cites": [76, 77, 127],
        },
        "causes": [
            {
                "text": "National relocation guidelines ignore towns",
                "cites": [127],
                "children": [
                    {
                        "text": "Fiji's guidelines cover villages moving to nearby land only",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Cities have no seat on national relocation bodies",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "National agencies see towns as a later problem.",
                    "authority": "low",
                    "authority_note": "Guidelines are owned by national ministries.",
                    "ability": "medium",
                    "ability_note": "Cities can document their needs and propose text.",
                    "entry_point": 3,
                },
            },
            {
                "text": "Cities cannot identify safe land in time",
                "cites": [76],
                "children": [
                    {
                        "text": "Hazard maps are outdated or held by national agencies",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Most vacant land is under customary or private title",
                        "cites": [],
                        "children": [
                            {
                                "text": "Negotiations with customary landowners take years",
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Councils, residents and landowners agree on the need.",
                    "authority": "medium",
                    "authority_note": "Cities can map and zone, but not compel land release.",
                    "ability": "medium",
                    "ability_note": "Hazard modelling is available through the research partner.",
                    "entry_point": 1,
                },
            },
            {
                "text": "There is no money for serviced plots",
                "cites": [],
                "children": [
                    {
                        "text": "Climate finance favours rural adaptation projects",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Municipal revenue cannot cover trunk infrastructure",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Everyone agrees funding is the bottleneck.",
                    "authority": "low",
                    "authority_note": "Cities cannot borrow for this without national approval.",
                    "ability": "low",
                    "ability_note": "No project pipeline that funders would recognise.",
                    "entry_point": None,
                },
            },
            {
                "text": "Displaced households have no say in where they move",
                "cites": [77],
                "children": [
                    {
                        "text": (
                            "Plots are allocated informally by landlords and settlement leaders"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Some councillors fear raising expectations.",
                    "authority": "high",
                    "authority_note": "Allocation rules for city land are set by the councils.",
                    "ability": "medium",
                    "ability_note": "Community federations can organise consultations.",
                    "entry_point": 2,
                },
            },
        ],
        "options": [
            {
                "title": "Joint hazard and land-suitability mapping",
                "description": (
                    "One method applied in all three cities to rank vacant land by flood, erosion "
                    "and landslide risk and by distance to jobs."
                ),
                "source": "new",
                "strand": 1,
                "technical": 5,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "The research partner can extend its coastal models, and cities control the "
                    "planning data."
                ),
                "reference": "",
            },
            {
                "title": "Land pooling with customary and private owners",
                "description": (
                    "Owners pool land, the city services it, and owners get back smaller but "
                    "serviced plots worth more."
                ),
                "source": "elsewhere",
                "strand": 1,
                "technical": 3,
                "feasibility": 3,
                "status": "candidate",
                "reason": "",
                "reference": "Land pooling and readjustment schemes used in Gujarat and in Japan",
            },
            {
                "title": "Allocation committees with displaced households",
                "description": (
                    "Committees with elected representatives of displaced families agree criteria "
                    "and allocate plots."
                ),
                "source": "elsewhere",
                "strand": 3,
                "technical": 4,
                "feasibility": 4,
                "status": "candidate",
                "reason": "",
                "reference": (
                    "Community-led settlement profiling by slum dweller federations in Freetown"
                ),
            },
            {
                "title": "City window in the national adaptation fund",
                "description": (
                    "A share of national adaptation money reserved for town-level relocation "
                    "projects."
                ),
                "source": "new",
                "strand": 2,
                "technical": 4,
                "feasibility": 2,
                "status": "candidate",
                "reason": "",
                "reference": "",
            },
            {
                "title": "Resettlement sites far outside the city",
                "description": "Large sites on cheap land at the urban fringe.",
                "source": "existing",
                "strand": 1,
                "technical": 2,
                "feasibility": 3,
                "status": "set_aside",
                "reason": (
                    "Sites far from work have been abandoned in past programmes; partners agreed "
                    "land must stay within reach of jobs."
                ),
                "reference": "",
            },
        ],
        "authorizations": [],
        "activities": [],
        "indicators": [],
        "budget": [],
        "tasks": [
            {
                "kind": "information",
                "title": "Obtain the latest hazard layers from Fiji's lands ministry",
                "owner": "Suva City Council",
                "due_on": "2026-11-18",
                "status": "open",
            },
            {
                "kind": "other",
                "title": "Organise a virtual exchange on land pooling with a city that has used it",
                "owner": "Dhaka North City Corporation",
                "due_on": "2027-01-20",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "All four strands rated; land identification ranked first. Five design ideas "
                    "listed, one chosen and one set aside."
                ),
                "sticking_points": (
                    "Fiji's relocation ministry is not in the room, and none of the cities has a "
                    "budget line yet."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
]
