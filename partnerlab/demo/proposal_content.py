"""Demo content for the Partnership Lab: three more designed ideas and the proposal statements.

Data only. MORE_IDEAS are three further partnership ideas that have reached the design stage,
written in the same shape as ``partnership_content.IDEAS`` and held by the same small groups:
one mainly Capacity (a relocation course in Fiji), one Action Research (a returnee survey across
Nepal, Bangladesh and Sri Lanka) and one Hybrid of Operational and Capacity work (joint vetting
of agencies recruiting Kenyans for Germany). PROPOSALS holds, for every idea at the design stage,
what a proposal states beyond the PDIA stages: the goal, whether it is new or expanded, the
triple win, objectives tied to the idea's indicators (by index), each partner's gains, rights,
obligations and estimated benefit, and where the proposal stands ("fundable", "missing_sign_off"
with the elements still unsigned, or "ineligible" with the reason). Organisation names match
``content.ORGANISATIONS``. Everything here is fictional demonstration data.
"""

from __future__ import annotations

MORE_IDEAS: list[dict] = [
    # ------------------------------------------------------------------
    # Capacity: a relocation course bought from a research centre
    # ------------------------------------------------------------------
    {
        "group": "Climate mobility: planning moves before the water comes",
        "title": (
            "Ready before the move: relocation planning skills for Fijian officers and Suva "
            "planners"
        ),
        "summary": (
            "Employment officers in Fiji's district offices and planners at Suva City Council are "
            "more and more often the first officials a relocating community turns to, yet none of "
            "them has been trained for that work. The Fiji ministry proposes a practical course "
            "for sixty staff, with field exercises in Suva and a study visit to New Zealand "
            "councils that have moved homes back from the coast, designed and taught under "
            "contract by the Wellington Centre."
        ),
        "stage": "design",
        "lead": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
        "partners": [
            {
                "organisation": "Suva City Council",
                "role": "partner",
                "contribution": (
                    "Sends twenty planners and community officers to the course and hosts field "
                    "exercises in settlements that receive relocating households."
                ),
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "role": "partner",
                "contribution": (
                    "Designs the curriculum and teaches the course and study visits under a "
                    "service contract paid by the Fiji ministry."
                ),
            },
        ],
        "wanted": [],
        "problem": {
            "statement": (
                "Fijian employment officers and Suva's town planners are now expected to help "
                "communities that have to leave the shoreline, but none of them has been "
                "trained in relocation planning, in consulting the households concerned, or in "
                "linking seasonal-work earnings to the cost of a move."
            ),
            "why_it_matters": (
                "Fiji has listed more than forty communities that may have to relocate in the "
                "coming decades, and several moves are already being prepared. Untrained officers "
                "repeat the mistakes of earlier relocations: sites far from fishing grounds and "
                "gardens, houses finished before water arrives, and decisions taken without women "
                "and young people."
            ),
            "affected": (
                "Households in relocating villages and in the Suva settlements that take them in, "
                "and district officers who carry the responsibility without the skills for it."
            ),
            "who_should_care": (
                "The Fiji ministry, whose officers register villagers for seasonal work and now "
                "field questions about relocation; the council's planning department; and the "
                "national bodies that own the relocation guidelines."
            ),
            "solved_looks_like": (
                "Every district employment office and Suva's planning department has staff who "
                "have completed a practical relocation course, use one consultation method, and "
                "draft relocation and settlement plans that the communities concerned accept."
            ),
            "cites": [127, 128, 154],
        },
        "causes": [
            {
                "text": "Officers were never trained for relocation work",
                "cites": [127],
                "children": [
                    {
                        "text": (
                            "The relocation guidelines were issued without a training programme"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "District officers rotate every two to three years and take what they "
                            "learned with them"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Officers ask for training and their managers agree.",
                    "authority": "high",
                    "authority_note": "The ministry decides on its own staff training.",
                    "ability": "medium",
                    "ability_note": (
                        "There is a training budget but no relocation curriculum or trainers."
                    ),
                    "entry_point": 1,
                },
            },
            {
                "text": "No short, practical course exists in the region",
                "cites": [154],
                "children": [
                    {
                        "text": (
                            "University programmes on climate and migration are long and "
                            "theoretical"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Training offered by donor projects stops when the project ends",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "All three partners see the gap.",
                    "authority": "medium",
                    "authority_note": (
                        "A course can be commissioned, but accreditation lies with the national "
                        "training authority."
                    ),
                    "ability": "medium",
                    "ability_note": "The expertise sits at the Wellington Centre, not in Fiji.",
                    "entry_point": 2,
                },
            },
            {
                "text": "Consultation with affected households is improvised",
                "cites": [128],
                "children": [
                    {
                        "text": (
                            "Women, young people and landowning clans are consulted separately or "
                            "not at all"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Officers have no method for recording what was agreed",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Some officers see consultation as slowing the work down.",
                    "authority": "high",
                    "authority_note": "The council and the ministry set how their staff consult.",
                    "ability": "medium",
                    "ability_note": "Community leaders are willing to help teach a method.",
                    "entry_point": 3,
                },
            },
            {
                "text": "Lessons from earlier relocations are lost",
                "cites": [],
                "children": [
                    {
                        "text": (
                            "Reports on past moves sit in project files that officers never see"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Agencies are reluctant to publish what went wrong.",
                    "authority": "low",
                    "authority_note": "The records are held by several ministries and donors.",
                    "ability": "low",
                    "ability_note": "No one is funded to collect and summarise them.",
                    "entry_point": None,
                },
            },
        ],
        "options": [
            {
                "title": "Practical course on relocation planning and labour mobility",
                "description": (
                    "Twelve weeks of blended training for district employment officers and Suva "
                    "planners: hazard basics, the national guidelines, choosing a site, running "
                    "consultations and using seasonal-work savings to pay for a move."
                ),
                "source": "new",
                "strand": 0,
                "technical": 4,
                "feasibility": 5,
                "status": "chosen",
                "reason": (
                    "The ministry can release staff without new approvals and the course can "
                    "start within a year."
                ),
                "reference": "",
            },
            {
                "title": "Study visit to New Zealand councils planning managed retreat",
                "description": (
                    "Each cohort spends a week with councils and iwi organisations that have moved "
                    "homes away from land exposed to floods and erosion."
                ),
                "source": "elsewhere",
                "strand": 1,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Shows officers a planned move from start to finish, which no case in Fiji "
                    "can yet offer."
                ),
                "reference": (
                    "Managed retreat planning by district and regional councils in New Zealand"
                ),
            },
            {
                "title": "Consultation module taught with community leaders",
                "description": (
                    "A two-day module with role play on consultations that include women, young "
                    "people and landowners, and on recording the agreements reached."
                ),
                "source": "new",
                "strand": 2,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": "Answers the complaint heard most often from relocated villages.",
                "reference": "",
            },
            {
                "title": "Master's scholarships in climate mobility",
                "description": "A few officers would take a master's degree abroad each year.",
                "source": "existing",
                "strand": 1,
                "technical": 3,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "Too few places, and graduates would reach district offices only after the "
                    "next relocations."
                ),
                "reference": "",
            },
            {
                "title": "Shared archive of past relocation reports",
                "description": (
                    "Collect and summarise reports on earlier village moves for use in teaching."
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
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "authorizer": (
                    "Permanent Secretary for Employment, Productivity and Industrial Relations"
                ),
                "status": "authorized",
                "sticking_points": "",
                "plan": (
                    "Approved with the ministry's 2027 training plan; the course fee is in its "
                    "budget submission."
                ),
                "target_date": "2026-10-09",
            },
            {
                "organisation": "Suva City Council",
                "authorizer": "Chief Executive Officer",
                "status": "authorized",
                "sticking_points": (
                    "Planners can be released for no more than two weeks of classroom time a year."
                ),
                "plan": "Blended format accepted, with most teaching online.",
                "target_date": "2026-10-23",
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "authorizer": "Centre Director",
                "status": "authorized",
                "sticking_points": "Asked to be paid in instalments before each cohort.",
                "plan": "Contract terms agreed with the ministry's procurement unit.",
                "target_date": "2026-11-02",
            },
        ],
        "activities": [
            {
                "title": "Assess the training needs of officers and planners",
                "description": (
                    "Interviews and a short skills survey in the four divisional offices and the "
                    "council's planning department."
                ),
                "responsible": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "starts_on": "2027-02-01",
                "ends_on": "2027-04-30",
            },
            {
                "title": "Design the curriculum and course materials",
                "description": (
                    "Twelve units with exercises built on Fijian cases, a practical assessment and "
                    "a trainer's guide, translated into iTaukei and Fiji Hindi."
                ),
                "responsible": "Wellington Centre for Climate and Displacement Studies",
                "starts_on": "2027-03-01",
                "ends_on": "2027-07-30",
            },
            {
                "title": "Teach three cohorts of twenty",
                "description": (
                    "Blended training with two classroom weeks in Suva per cohort and online units "
                    "in between."
                ),
                "responsible": "Wellington Centre for Climate and Displacement Studies",
                "starts_on": "2027-08-02",
                "ends_on": "2029-05-31",
            },
            {
                "title": "Take each cohort on a study visit to New Zealand",
                "description": (
                    "One week with councils and iwi organisations that have planned managed "
                    "retreat from the coast."
                ),
                "responsible": "Wellington Centre for Climate and Displacement Studies",
                "starts_on": "2027-10-04",
                "ends_on": "2029-03-29",
            },
            {
                "title": "Hold field exercises in receiving settlements",
                "description": (
                    "Participants draft settlement plans with residents of two Suva settlements "
                    "that take in relocating households."
                ),
                "responsible": "Suva City Council",
                "starts_on": "2027-09-01",
                "ends_on": "2029-06-30",
            },
            {
                "title": "Build the course into the ministry's induction programme",
                "description": (
                    "A shortened version of the course becomes part of training for every new "
                    "district officer."
                ),
                "responsible": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "starts_on": "2029-01-07",
                "ends_on": "2029-10-31",
            },
        ],
        "indicators": [
            {
                "name": "Officers and planners who complete the course",
                "baseline": "0",
                "target": "60 (40 ministry officers, 20 council staff)",
                "target_date": "2029-05-31",
                "means_of_verification": "Course completion records kept by the ministry",
                "activity": 2,
            },
            {
                "name": "Participants who pass the final practical assessment",
                "baseline": "Not applicable",
                "target": "85%",
                "target_date": "2029-05-31",
                "means_of_verification": (
                    "Assessment results reviewed by the ministry's training unit"
                ),
                "activity": 2,
            },
            {
                "name": "Relocation or settlement plans drafted by trained staff with course tools",
                "baseline": "0",
                "target": "6 plans",
                "target_date": "2029-10-31",
                "means_of_verification": "Plans filed with the ministry and the council",
                "activity": 4,
            },
            {
                "name": "Relocation module in the ministry's induction programme",
                "baseline": "No relocation content in induction training",
                "target": "Module taught to every new district officer from 2029",
                "target_date": "2029-10-31",
                "means_of_verification": "Ministry training calendar and attendance lists",
                "activity": 5,
            },
        ],
        "budget": [
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "description": (
                    "Service fee to the Wellington Centre for designing and teaching the course"
                ),
                "kind": "cash",
                "amount": 210000,
                "activity": 2,
            },
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "description": (
                    "Officers' time in training and the ministry's training room in Suva"
                ),
                "kind": "in_kind",
                "amount": 45000,
                "activity": 2,
            },
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "description": "Study visit travel and accommodation for three cohorts",
                "kind": "requested",
                "amount": 96000,
                "activity": 3,
            },
            {
                "organisation": (
                    "Ministry of Employment, Productivity and Industrial Relations, Fiji"
                ),
                "description": "Translation of course materials into iTaukei and Fiji Hindi",
                "kind": "requested",
                "amount": 18000,
                "activity": 1,
            },
            {
                "organisation": "Suva City Council",
                "description": "Planners' time and access to settlements for field exercises",
                "kind": "in_kind",
                "amount": 25000,
                "activity": 4,
            },
            {
                "organisation": "Wellington Centre for Climate and Displacement Studies",
                "description": "Use of its coastal hazard maps and case studies in exercises",
                "kind": "in_kind",
                "amount": 10000,
                "activity": 1,
            },
        ],
        "tasks": [
            {
                "kind": "other",
                "title": "Finalise the service contract with the Wellington Centre",
                "owner": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
                "due_on": "2026-12-04",
                "status": "in_progress",
            },
            {
                "kind": "information",
                "title": "Name the council staff for the first cohort",
                "owner": "Suva City Council",
                "due_on": "2027-01-29",
                "status": "open",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "The group settled the course outline, the six activities, four indicators "
                    "and the budget; the council confirmed twenty places."
                ),
                "sticking_points": (
                    "Facilitators asked whether paying the Centre to teach is a partnership or a "
                    "purchase; the group left the question open."
                ),
            },
            {
                "date": "2026-11-13",
                "progress": "All three partners authorized the design as it stands.",
                "sticking_points": (
                    "The Centre wants to be paid for teaching and does not seek a research role "
                    "or other stake; the ministry prefers to keep the contract unchanged."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    # ------------------------------------------------------------------
    # Action Research: a shared survey of returned workers
    # ------------------------------------------------------------------
    {
        "group": "Wages and return: Gulf–South Asia corridor",
        "title": (
            "Counting who comes home: a shared returnee survey for Nepal, Bangladesh and Sri Lanka"
        ),
        "summary": (
            "Nepal, Bangladesh and Sri Lanka know how many workers leave each year but almost "
            "nothing about those who come back. The partners will agree one definition and one "
            "questionnaire, interview returnees as they arrive, call them again over the following "
            "year, and turn the findings into policy briefs the ministries commit to discuss. The "
            "Institute in Dhaka leads the research and a returnee network interviews people in "
            "Sri Lankan villages."
        ),
        "stage": "design",
        "lead": "Ministry of Labour, Employment and Social Security, Nepal",
        "partners": [
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "role": "partner",
                "contribution": (
                    "Runs the arrival interviews at the Welfare Board's desk in Dhaka airport and "
                    "uses the findings to revise its reintegration services."
                ),
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "role": "partner",
                "contribution": (
                    "Designs the questionnaire and sample, manages the data, and writes the "
                    "analysis and the policy briefs."
                ),
            },
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "role": "partner",
                "contribution": (
                    "Interviews returnees through its village information centres in Kurunegala "
                    "and Matara and leads group discussions with them."
                ),
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "role": "auxiliary",
                "contribution": (
                    "Adds employer, sector and wage-arrears data for the Gulf countries where "
                    "respondents worked."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "national_government",
                "country": "LK",
                "region": "",
                "brings": (
                    "Sri Lanka's foreign employment authority, to use the findings and later run "
                    "arrival interviews at Colombo airport."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Nepal, Bangladesh and Sri Lanka record every worker who leaves for a job abroad, "
                "but none of them counts who comes back, when, or how those people fare "
                "afterwards, so reintegration services are planned without evidence."
            ),
            "why_it_matters": (
                "Together the three countries issue more than two million departure clearances a "
                "year, and most of those workers return within a few years. Without figures on "
                "returns, ministries cannot say how many returnees need work, debt advice or "
                "health care, where they live, or whether the programmes they fund reach anyone. "
                "The few existing studies define a returnee differently and cannot be compared."
            ),
            "affected": (
                "Returned workers and their families, above all those who come back early, "
                "injured, in debt or owed wages; and district officials who must serve them "
                "without knowing how many there are."
            ),
            "who_should_care": (
                "The foreign employment boards and welfare funds that pay for reintegration, the "
                "statistics offices that run labour force surveys, and donors that fund "
                "reintegration projects with no way to measure results."
            ),
            "solved_looks_like": (
                "The three countries share one definition of a returned migrant and one "
                "questionnaire, follow a sample of returnees for a year after arrival, and adjust "
                "their reintegration measures every year on the basis of published findings."
            ),
            "cites": [60, 86, 94],
        },
        "causes": [
            {
                "text": "No one records returns",
                "cites": [60],
                "children": [
                    {
                        "text": (
                            "Departure clearances and labour permits register people leaving, "
                            "not people coming back"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Airport help desks log complaints only, and only from those who stop "
                            "at the desk"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Both ministries want the figures.",
                    "authority": "high",
                    "authority_note": (
                        "Each ministry runs its own airport desk and can add questions to it."
                    ),
                    "ability": "medium",
                    "ability_note": "The desks are staffed, but not for interviews or call-backs.",
                    "entry_point": 1,
                },
            },
            {
                "text": "The studies that exist cannot be compared",
                "cites": [86],
                "children": [
                    {
                        "text": "Each study defines a returnee differently",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Labour force surveys miss returnees who move to cities after they "
                            "come home"
                        ),
                        "cites": [],
                        "children": [
                            {
                                "text": "Samples are too small to show results by district",
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Researchers and officials agree on a common instrument.",
                    "authority": "medium",
                    "authority_note": (
                        "Statistics offices own the national surveys; the partners control only "
                        "their own."
                    ),
                    "ability": "high",
                    "ability_note": (
                        "The Institute already runs a household panel with a tested returnee "
                        "module."
                    ),
                    "entry_point": 2,
                },
            },
            {
                "text": "Findings do not reach the people who design programmes",
                "cites": [94],
                "children": [
                    {
                        "text": "Reports appear years after fieldwork, and mostly in English",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Ministries have no fixed moment to review evidence",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": (
                        "Some officials fear findings that show programmes are not working."
                    ),
                    "authority": "high",
                    "authority_note": "Ministers can table briefs at their planning meetings.",
                    "ability": "medium",
                    "ability_note": "Short briefs and a joint review cost little to organise.",
                    "entry_point": 3,
                },
            },
            {
                "text": "Returnees are wary of officials asking questions",
                "cites": [],
                "children": [
                    {
                        "text": "Some fear their answers will affect their next work permit",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "Women back from domestic work avoid government desks",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": (
                        "Returnee organisations will help only if answers stay anonymous."
                    ),
                    "authority": "low",
                    "authority_note": "Trust cannot be ordered by a ministry.",
                    "ability": "medium",
                    "ability_note": (
                        "Peer interviewers from returnee groups reach people officials cannot."
                    ),
                    "entry_point": 4,
                },
            },
        ],
        "options": [
            {
                "title": "One definition and a common returnee questionnaire",
                "description": (
                    "A short core questionnaire on work, debt, health, wages owed and plans, asked "
                    "the same way in all three countries."
                ),
                "source": "new",
                "strand": 1,
                "technical": 5,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Builds on the Institute's tested module at little cost; both ministries "
                    "accepted the definition in October."
                ),
                "reference": "",
            },
            {
                "title": "Arrival interviews with a year of follow-up calls",
                "description": (
                    "Returnees are sampled at the airport desks, interviewed in ten minutes and "
                    "called again after three, six and twelve months."
                ),
                "source": "elsewhere",
                "strand": 0,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Reaches returnees when they are easiest to find, and the calls show how "
                    "their situation changes."
                ),
                "reference": (
                    "Kerala Migration Survey, a repeated survey of emigrants and returnees in the "
                    "Indian state of Kerala"
                ),
            },
            {
                "title": "Policy briefs reviewed jointly by the ministries",
                "description": (
                    "Three short briefs in English, Nepali, Bangla and Sinhala, each discussed at "
                    "a fixed review meeting of the ministries."
                ),
                "source": "new",
                "strand": 2,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": "A meeting set in advance makes the findings hard to ignore.",
                "reference": "",
            },
            {
                "title": "Peer interviewers from returnee organisations",
                "description": (
                    "Returnees trained as interviewers carry out the survey and group discussions "
                    "in their own villages."
                ),
                "source": "new",
                "strand": 3,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": "People answer more openly to someone who has been through the same.",
                "reference": "",
            },
            {
                "title": "Matching returnees to destination residence records",
                "description": (
                    "Link survey answers to residence and payroll records held in the Gulf."
                ),
                "source": "new",
                "strand": 0,
                "technical": 4,
                "feasibility": 1,
                "status": "set_aside",
                "reason": (
                    "No destination ministry in the group can share personal records for "
                    "research; dropped to protect respondents."
                ),
                "reference": "",
            },
        ],
        "authorizations": [
            {
                "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
                "authorizer": "Secretary, Ministry of Labour, Employment and Social Security",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved; the Foreign Employment Board will staff the airport interviews.",
                "target_date": "2026-10-14",
            },
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "authorizer": "Additional Secretary (Welfare)",
                "status": "authorized",
                "sticking_points": "Wants the combined survey data stored in Bangladesh.",
                "plan": "Agreed that the Institute in Dhaka holds the combined dataset.",
                "target_date": "2026-10-28",
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "authorizer": "Director and Research Ethics Board",
                "status": "authorized",
                "sticking_points": "Consent for repeated calls to the same respondents.",
                "plan": "Ethics board approved the questionnaire and the follow-up consent.",
                "target_date": "2026-11-06",
            },
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "authorizer": "Board of Directors",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved at the board's quarterly meeting.",
                "target_date": "2026-10-17",
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "authorizer": "Director of Research",
                "status": "authorized",
                "sticking_points": "Company data can be shared only in aggregate form.",
                "plan": "Confirmed by letter on that condition.",
                "target_date": "2026-10-30",
            },
        ],
        "activities": [
            {
                "title": "Agree the definition, questionnaire and data protocol",
                "description": (
                    "Workshops with the three statistics offices, a pilot with 150 returnees and "
                    "a signed protocol on storage, access and anonymisation."
                ),
                "responsible": "Institute for Mobility and Development, Dhaka",
                "starts_on": "2027-01-11",
                "ends_on": "2027-04-30",
            },
            {
                "title": "Interview returnees arriving in Kathmandu and call them back",
                "description": (
                    "Desk staff at Tribhuvan airport sample arriving workers every week; callers "
                    "follow them up over twelve months."
                ),
                "responsible": "Ministry of Labour, Employment and Social Security, Nepal",
                "starts_on": "2027-05-03",
                "ends_on": "2028-12-22",
            },
            {
                "title": "Interview returnees arriving in Dhaka and call them back",
                "description": (
                    "The Welfare Board desk at Hazrat Shahjalal airport runs the same sampling "
                    "and follow-up."
                ),
                "responsible": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "starts_on": "2027-05-03",
                "ends_on": "2028-12-22",
            },
            {
                "title": "Hold peer interviews and group discussions in Sri Lankan villages",
                "description": (
                    "Returnee interviewers use the common questionnaire in Kurunegala and Matara "
                    "and hold group discussions with women returnees."
                ),
                "responsible": "Sri Lanka Migrant Workers' Rights Network",
                "starts_on": "2027-06-01",
                "ends_on": "2028-10-31",
            },
            {
                "title": "Link answers to employer and wage-arrears data from the Gulf",
                "description": (
                    "Add sector, employer size and known arrears to each respondent's last job, "
                    "in aggregate form."
                ),
                "responsible": "Gulf Labour Markets Research Centre",
                "starts_on": "2027-09-01",
                "ends_on": "2028-09-29",
            },
            {
                "title": "Publish policy briefs and review them with the ministries",
                "description": (
                    "Three briefs on work, debt and wages owed, each discussed at a joint review "
                    "meeting, ending with a regional meeting in Kathmandu."
                ),
                "responsible": "Institute for Mobility and Development, Dhaka",
                "starts_on": "2028-10-02",
                "ends_on": "2029-06-29",
            },
        ],
        "indicators": [
            {
                "name": "Returnees interviewed with the common questionnaire",
                "baseline": "0 (no common questionnaire)",
                "target": "4,000 across the three countries",
                "target_date": "2028-06-30",
                "means_of_verification": (
                    "Anonymised dataset held by the Institute, with monthly field reports"
                ),
                "activity": 1,
            },
            {
                "name": "Arrival respondents reached again twelve months later",
                "baseline": "Not applicable",
                "target": "At least 65%",
                "target_date": "2028-12-22",
                "means_of_verification": "Follow-up call records and the attrition report",
                "activity": 2,
            },
            {
                "name": "Sri Lankan returnees interviewed by peers",
                "baseline": "0",
                "target": "900 interviews, at least 40% with women",
                "target_date": "2028-10-31",
                "means_of_verification": "Interview logs of the village information centres",
                "activity": 3,
            },
            {
                "name": "Policy briefs published and reviewed at a ministry meeting",
                "baseline": "0",
                "target": "3 briefs, each discussed by at least two of the three governments",
                "target_date": "2029-06-29",
                "means_of_verification": "Published briefs and minutes of the review meetings",
                "activity": 5,
            },
            {
                "name": "Reintegration measures revised on the basis of the findings",
                "baseline": "0",
                "target": "At least 2 measures, one in Nepal and one in Bangladesh",
                "target_date": "2029-09-28",
                "means_of_verification": "Circulars or programme documents that cite the survey",
                "activity": 5,
            },
        ],
        "budget": [
            {
                "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
                "description": "Desk staff time and an interview booth at Tribhuvan airport",
                "kind": "in_kind",
                "amount": 70000,
                "activity": 1,
            },
            {
                "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
                "description": "Two follow-up callers for twenty months",
                "kind": "cash",
                "amount": 60000,
                "activity": 1,
            },
            {
                "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
                "description": "Regional review meeting in Kathmandu and printing of briefs",
                "kind": "requested",
                "amount": 35000,
                "activity": 5,
            },
            {
                "organisation": (
                    "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh"
                ),
                "description": "Welfare Board desk staff and callers at Dhaka airport",
                "kind": "in_kind",
                "amount": 60000,
                "activity": 2,
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "description": "Questionnaire design, data management and analysis",
                "kind": "requested",
                "amount": 180000,
                "activity": 0,
            },
            {
                "organisation": "Institute for Mobility and Development, Dhaka",
                "description": "Panel sampling frame, tested module and senior researcher time",
                "kind": "in_kind",
                "amount": 45000,
                "activity": 0,
            },
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "description": "Eight peer interviewers in two districts for seventeen months",
                "kind": "requested",
                "amount": 75000,
                "activity": 3,
            },
            {
                "organisation": "Sri Lanka Migrant Workers' Rights Network",
                "description": "Village information centres used as interview venues",
                "kind": "in_kind",
                "amount": 15000,
                "activity": 3,
            },
            {
                "organisation": "Gulf Labour Markets Research Centre",
                "description": "Employer and wage-arrears datasets for the Gulf",
                "kind": "in_kind",
                "amount": 25000,
                "activity": 4,
            },
        ],
        "tasks": [
            {
                "kind": "information",
                "title": (
                    "Agree the field definition of a returned migrant with the statistics offices"
                ),
                "owner": "Institute for Mobility and Development, Dhaka",
                "due_on": "2026-12-11",
                "status": "in_progress",
            },
            {
                "kind": "partner",
                "title": (
                    "Invite Sri Lanka's foreign employment authority to join the review meetings"
                ),
                "owner": "Sri Lanka Migrant Workers' Rights Network",
                "due_on": "2027-01-15",
                "status": "in_progress",
            },
            {
                "kind": "other",
                "title": "Send the proposal and a one-page summary to the Summit organisers",
                "owner": "Ministry of Labour, Employment and Social Security, Nepal",
                "due_on": "2026-11-20",
                "status": "done",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-21",
                "progress": (
                    "Design agreed in the session: six activities, five indicators and a budget "
                    "shared by the five partners."
                ),
                "sticking_points": (
                    "Bangladesh asked for the combined data to stay in the country; the "
                    "Sri Lankan government is not yet involved."
                ),
            },
            {
                "date": "2026-11-16",
                "progress": (
                    "The Institute in Dhaka accepted to hold the dataset; every partner has "
                    "signed off every element of the proposal."
                ),
                "sticking_points": (
                    "Sri Lanka's foreign employment authority has not answered the invitation."
                ),
            },
        ],
        "went_back": None,
        "published": False,
    },
    # ------------------------------------------------------------------
    # Hybrid (Operational and Capacity): joint vetting of recruitment agencies
    # ------------------------------------------------------------------
    {
        "group": "Jobs first: legal pathways to Europe",
        "title": (
            "Recruiters both sides can trust: joint vetting of agencies placing Kenyans in German "
            "jobs"
        ),
        "summary": (
            "Kenyans hired for German care homes, hospitals and hotels often reach their jobs "
            "through long chains of agents and pay fees they should never pay, while German "
            "employers cannot tell which Kenyan agencies are sound. The two labour ministries will "
            "run a joint list of vetted agencies, check job offers before departure and post a "
            "Kenyan labour liaison officer in Berlin; Kenyan inspectors and agency staff will be "
            "trained in audits and ethical recruitment together with a German care staffing firm."
        ),
        "stage": "design",
        "lead": "Ministry of Labour and Social Protection, Kenya",
        "partners": [
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "role": "partner",
                "contribution": (
                    "Has job offers from listed agencies checked before departure, shares "
                    "complaint information, and funds training and a study visit for Kenyan "
                    "inspectors."
                ),
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "role": "partner",
                "contribution": (
                    "Recruits only through listed agencies, pays all recruitment costs itself, "
                    "and provides trainers and case material for the agency course."
                ),
            },
        ],
        "wanted": [
            {
                "kind": "business",
                "country": "DE",
                "region": "",
                "brings": (
                    "A hotel and restaurant employers' association ready to recruit through the "
                    "listed agencies from the second year."
                ),
            },
        ],
        "problem": {
            "statement": (
                "Kenyans hired for jobs in Germany are often recruited through chains of agencies "
                "and sub-agents that neither government checks, so candidates pay unlawful fees "
                "or hold offers that do not exist, and German employers cannot tell which Kenyan "
                "agencies to trust."
            ),
            "why_it_matters": (
                "Kenya has licensed several hundred private recruitment agencies but audits only "
                "a handful a year. Candidates for German care and hospitality jobs report paying "
                "KES 150,000 to 400,000, and the ministry hears of fake German job offers every "
                "month. Employers that have been let down once tend to stop recruiting from Kenya "
                "altogether."
            ),
            "affected": (
                "Young Kenyan nurses, care assistants and hotel workers and the families who lend "
                "them fee money; German employers, especially small care homes; and licensed "
                "agencies that follow the rules and lose business to those that do not."
            ),
            "who_should_care": (
                "Kenya's National Employment Authority, which licenses agencies; Germany's Federal "
                "Employment Agency, which approves the employment of workers from outside the EU; "
                "and employer associations in care and hospitality."
            ),
            "solved_looks_like": (
                "German employers recruit only through Kenyan agencies on a jointly vetted list, "
                "every job offer is checked before departure, workers pay no recruitment fee, and "
                "a Kenyan official in Germany settles complaints within three months."
            ),
            "cites": [34, 117, 144],
        },
        "causes": [
            {
                "text": "German employers cannot tell sound Kenyan agencies from others",
                "cites": [117],
                "children": [
                    {
                        "text": (
                            "There is no list of licensed Kenyan agencies that German employers "
                            "can check"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Small care homes rely on intermediaries in Germany who subcontract "
                            "to Kenya"
                        ),
                        "cites": [144],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": (
                        "Employers, reputable agencies and both ministries want a trusted list."
                    ),
                    "authority": "medium",
                    "authority_note": (
                        "Kenya licenses agencies; Germany can recommend a list but not require "
                        "employers to use it."
                    ),
                    "ability": "high",
                    "ability_note": "Licence data exists and can be published quickly.",
                    "entry_point": 1,
                },
            },
            {
                "text": "Kenya's licensing checks paperwork, not placements",
                "cites": [34],
                "children": [
                    {
                        "text": (
                            "Licences are renewed without checking what happened to the workers "
                            "placed"
                        ),
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": "The licensing authority has too few trained inspectors",
                        "cites": [],
                        "children": [
                            {
                                "text": (
                                    "Inspectors have never seen how recruitment works at the "
                                    "German end"
                                ),
                                "cites": [],
                                "children": [],
                            },
                        ],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "The ministry wants audits and sound agencies support them.",
                    "authority": "high",
                    "authority_note": "Audit powers already exist in the licensing regulations.",
                    "ability": "low",
                    "ability_note": "Inspectors lack training and travel budgets.",
                    "entry_point": 2,
                },
            },
            {
                "text": "Job offers are not verified before departure",
                "cites": [],
                "children": [
                    {
                        "text": "Candidates pay for offers from employers that do not exist",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Contracts signed in Kenya differ from those presented on arrival in "
                            "Germany"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "No one defends fake offers.",
                    "authority": "medium",
                    "authority_note": (
                        "German placement services check an offer only when they are asked to."
                    ),
                    "ability": "medium",
                    "ability_note": "Checks take staff time on both sides.",
                    "entry_point": 3,
                },
            },
            {
                "text": "Workers in Germany have no Kenyan official to turn to",
                "cites": [],
                "children": [
                    {
                        "text": "Kenya has no labour attaché in Germany",
                        "cites": [],
                        "children": [],
                    },
                    {
                        "text": (
                            "Workers fear that a complaint will cost them their residence permit"
                        ),
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "high",
                    "acceptance_note": "Workers and employers both ask for a contact point.",
                    "authority": "high",
                    "authority_note": "The ministry can post an officer to the embassy in Berlin.",
                    "ability": "medium",
                    "ability_note": "The post needs outside funding for its first years.",
                    "entry_point": 4,
                },
            },
            {
                "text": "Sub-agents in the counties charge candidates fees",
                "cites": [],
                "children": [
                    {
                        "text": "Sub-agents work informally and are not covered by any licence",
                        "cites": [],
                        "children": [],
                    },
                ],
                "rating": {
                    "acceptance": "medium",
                    "acceptance_note": "Some agencies depend on sub-agents to find candidates.",
                    "authority": "low",
                    "authority_note": "Unlicensed sub-agents fall outside the licensing regime.",
                    "ability": "low",
                    "ability_note": "Enforcement would need county and police cooperation.",
                    "entry_point": None,
                },
            },
        ],
        "options": [
            {
                "title": "Joint list of vetted Kenyan agencies",
                "description": (
                    "Agencies that pass a Kenyan audit and accept that employers pay all "
                    "recruitment costs are listed; the list goes to German placement services and "
                    "employers and is reviewed twice a year."
                ),
                "source": "new",
                "strand": 0,
                "technical": 5,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Uses powers Kenya already has, and the German side can promote the list "
                    "without new rules."
                ),
                "reference": "",
            },
            {
                "title": "Licence renewal after an audit by trained inspectors",
                "description": (
                    "Licences to recruit for Germany are renewed only after an audit of recent "
                    "placements by inspectors trained for the task."
                ),
                "source": "elsewhere",
                "strand": 1,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": "Proven elsewhere and possible under the ministry's own regulations.",
                "reference": (
                    "Inspection and licensing of recruitment agencies by the Philippines' "
                    "Department of Migrant Workers"
                ),
            },
            {
                "title": "Job offers checked before the worker signs",
                "description": (
                    "Each offer from a listed agency is checked with the Federal Employment Agency "
                    "before signature, and the contract is compared with the offer on arrival."
                ),
                "source": "existing",
                "strand": 2,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Moves a check the Agency already makes for work visas to an earlier point."
                ),
                "reference": (
                    "Approval of the employment of non-EU workers by Germany's Federal Employment "
                    "Agency"
                ),
            },
            {
                "title": "Kenyan labour liaison officer in Berlin",
                "description": (
                    "An officer at the Kenyan embassy receives complaints, visits workplaces with "
                    "the employer's consent and refers cases to German advice services."
                ),
                "source": "elsewhere",
                "strand": 3,
                "technical": 4,
                "feasibility": 4,
                "status": "chosen",
                "reason": (
                    "Gives workers a contact they trust and both ministries a standing channel."
                ),
                "reference": "Labour attachés posted by Asian countries of origin abroad",
            },
            {
                "title": "German quality seal as a condition for listing",
                "description": (
                    "Only Kenyan agencies working with holders of Germany's seal for fair "
                    "recruitment of care staff would be listed."
                ),
                "source": "elsewhere",
                "strand": 0,
                "technical": 4,
                "feasibility": 2,
                "status": "set_aside",
                "reason": (
                    "The seal covers care only and is awarded to German agencies; as a condition "
                    "it would shut out hospitality and most Kenyan agencies."
                ),
                "reference": (
                    "Germany's quality seal for fair recruitment of international care workers"
                ),
            },
        ],
        "authorizations": [
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "authorizer": "Principal Secretary for Labour and Skills Development",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved; the liaison post is in the 2027/28 budget estimates.",
                "target_date": "2026-10-12",
            },
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "authorizer": "Director-General for European and International Employment Policy",
                "status": "authorized",
                "sticking_points": "Germany cannot oblige employers to use the list.",
                "plan": (
                    "Agreed that the ministry and the Federal Employment Agency recommend the "
                    "list to employers."
                ),
                "target_date": "2026-11-04",
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "authorizer": "Managing Director",
                "status": "authorized",
                "sticking_points": "",
                "plan": "Approved after informing the firm's three partner hospitals.",
                "target_date": "2026-10-20",
            },
        ],
        "activities": [
            {
                "title": "Agree the vetting criteria and information sharing",
                "description": (
                    "The two ministries set audit criteria, the rule that employers pay, how the "
                    "list is updated and what complaint data they exchange each quarter."
                ),
                "responsible": "Ministry of Labour and Social Protection, Kenya",
                "starts_on": "2027-01-18",
                "ends_on": "2027-05-28",
            },
            {
                "title": "Train labour inspectors and hold a study visit in Germany",
                "description": (
                    "A four-week audit course for 40 Kenyan inspectors, with a study visit to "
                    "placement services, employers and counselling centres in Germany."
                ),
                "responsible": "Federal Ministry of Labour and Social Affairs, Germany",
                "starts_on": "2027-03-01",
                "ends_on": "2027-11-30",
            },
            {
                "title": "Audit agencies and keep the joint list",
                "description": (
                    "Trained inspectors audit agencies that apply; those that pass are listed and "
                    "the list is reviewed twice a year."
                ),
                "responsible": "Ministry of Labour and Social Protection, Kenya",
                "starts_on": "2027-06-01",
                "ends_on": "2029-11-30",
            },
            {
                "title": "Run an ethical recruitment course for agency staff",
                "description": (
                    "Three-day courses in Nairobi and Mombasa for 120 agency staff on German "
                    "employment rules, fair contracts and employer-paid recruitment."
                ),
                "responsible": "Rhein-Main Care Staffing",
                "starts_on": "2027-09-01",
                "ends_on": "2028-12-15",
            },
            {
                "title": "Check job offers before departure",
                "description": (
                    "Offers from listed agencies are checked with the Federal Employment Agency "
                    "before workers sign, and contracts are compared on arrival."
                ),
                "responsible": "Federal Ministry of Labour and Social Affairs, Germany",
                "starts_on": "2027-09-01",
                "ends_on": "2029-11-30",
            },
            {
                "title": "Post a labour liaison officer in Berlin",
                "description": (
                    "The officer handles complaints, surveys workers six months after arrival and "
                    "reports to both ministries every quarter."
                ),
                "responsible": "Ministry of Labour and Social Protection, Kenya",
                "starts_on": "2027-07-01",
                "ends_on": "2029-12-18",
            },
        ],
        "indicators": [
            {
                "name": "Kenyan agencies audited and listed for recruitment to Germany",
                "baseline": "0 (no joint list)",
                "target": "25 listed agencies",
                "target_date": "2027-12-31",
                "means_of_verification": (
                    "Joint list published by the licensing authority, with audit reports"
                ),
                "activity": 2,
            },
            {
                "name": "Inspectors and agency staff who complete the training",
                "baseline": "0",
                "target": "40 inspectors and 120 agency staff",
                "target_date": "2028-12-15",
                "means_of_verification": "Attendance records and final assessments",
                "activity": 1,
            },
            {
                "name": "Job offers from listed agencies checked before departure",
                "baseline": "None checked jointly",
                "target": "100%",
                "target_date": "2029-11-30",
                "means_of_verification": "Verification register kept by the liaison officer",
                "activity": 4,
            },
            {
                "name": "Workers placed through listed agencies who paid no recruitment fee",
                "baseline": "Candidates report paying KES 150,000 to 400,000 on current routes",
                "target": "At least 95%",
                "target_date": "2029-11-30",
                "means_of_verification": (
                    "Survey of workers six months after arrival, run by the liaison officer"
                ),
                "activity": 5,
            },
            {
                "name": "Complaints to the liaison officer settled within 90 days",
                "baseline": "Not applicable",
                "target": "80%",
                "target_date": "2029-12-18",
                "means_of_verification": "Complaint log reviewed by both ministries each quarter",
                "activity": 5,
            },
        ],
        "budget": [
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "description": (
                    "Labour liaison officer in Berlin for thirty months, with allowances"
                ),
                "kind": "cash",
                "amount": 165000,
                "activity": 5,
            },
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "description": "Inspectors' time for audits and list management",
                "kind": "in_kind",
                "amount": 55000,
                "activity": 2,
            },
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "description": "Vetting database and complaint hotline",
                "kind": "requested",
                "amount": 60000,
                "activity": 2,
            },
            {
                "organisation": "Ministry of Labour and Social Protection, Kenya",
                "description": "Venues, materials and travel for the agency staff course",
                "kind": "requested",
                "amount": 95000,
                "activity": 3,
            },
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "description": "Audit course and study visit for 40 inspectors",
                "kind": "cash",
                "amount": 70000,
                "activity": 1,
            },
            {
                "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
                "description": "Job-offer checks by the Federal Employment Agency",
                "kind": "in_kind",
                "amount": 60000,
                "activity": 4,
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "description": "Trainers and case material for the agency course",
                "kind": "in_kind",
                "amount": 30000,
                "activity": 3,
            },
            {
                "organisation": "Rhein-Main Care Staffing",
                "description": "Co-funding of the agency course",
                "kind": "cash",
                "amount": 40000,
                "activity": 3,
            },
        ],
        "tasks": [
            {
                "kind": "partner",
                "title": "Approach a hotel employers' association for the second year",
                "owner": "Federal Ministry of Labour and Social Affairs, Germany",
                "due_on": "2027-02-26",
                "status": "open",
            },
            {
                "kind": "information",
                "title": "Draft the audit checklist for agencies recruiting to Germany",
                "owner": "Ministry of Labour and Social Protection, Kenya",
                "due_on": "2026-12-18",
                "status": "in_progress",
            },
        ],
        "check_ins": [
            {
                "date": "2026-10-20",
                "progress": (
                    "Vetting, offer checks, training and the liaison post agreed as one design; "
                    "the budget split was settled in the room."
                ),
                "sticking_points": (
                    "Germany cannot make the list binding for employers; hospitality employers "
                    "are not yet on board."
                ),
            },
            {
                "date": "2026-11-09",
                "progress": (
                    "Germany authorized on the basis of a recommended list; all three partners "
                    "signed off every element."
                ),
                "sticking_points": "No hospitality employers' association yet.",
            },
        ],
        "went_back": None,
        "published": False,
    },
]


PROPOSALS: dict[str, dict] = {
    # ------------------------------------------------------------------
    "Claim from home: unpaid wages of Bangladeshi workers returned from the UAE": {
        "goal": (
            "Bangladeshi workers back from the UAE recover the salary and gratuity their "
            "employers owe them without having to travel back."
        ),
        "novelty": "new",
        "novelty_note": (
            "No route exists today for a worker who has left the UAE to pursue a wage claim. The "
            "remote filing procedure, the release of salary records to claimants and the "
            "district claim desks are all created by this partnership."
        ),
        "benefits_origin": (
            "Recovered wages reach households in four districts, easing the debt that pushes "
            "returnees into a second, riskier departure, and the ministry gains a service it can "
            "extend to other destinations."
        ),
        "benefits_destination": (
            "Wage disputes left open when workers leave are settled on documents, and firms that "
            "pay their staff in full stop losing contracts to rivals that default on salaries."
        ),
        "benefits_migrants": (
            "Returnees can claim what they are owed from their own district, free of charge and "
            "with a paralegal beside them, and receive the money in a bank account or wallet."
        ),
        "objectives": [
            {
                "text": (
                    "Give returned workers a working channel to claim unpaid wages from "
                    "Bangladesh and have their claims decided quickly in the UAE"
                ),
                "indicators": [0, 1],
            },
            {
                "text": (
                    "Return the money owed to workers and make the right to claim known among "
                    "returnee families"
                ),
                "indicators": [2, 3],
            },
        ],
        "partners": {
            "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh": {
                "gains": (
                    "A remedy for one of the complaints it hears most from returnees, trained "
                    "district staff, and less call on the welfare fund to support indebted "
                    "families."
                ),
                "rights": (
                    "Chairs the steering group and decides how the district desks and the labour "
                    "wing handle claims."
                ),
                "obligations": (
                    "Staffs and equips four district desks, files complete claims through its "
                    "labour wing and reports on cases every month."
                ),
                "expected_benefit": 520000,
                "paid_to_deliver": False,
            },
            "Ministry of Human Resources and Emiratisation, United Arab Emirates": {
                "gains": (
                    "Open wage disputes are closed on documents, and compliant employers stop "
                    "competing with firms that leave salaries unpaid."
                ),
                "rights": (
                    "Sets the twelve-month window and the evidence its dispute staff accept, and "
                    "receives only complete files."
                ),
                "obligations": (
                    "Hears claims filed from Bangladesh, releases each claimant's Wage Protection "
                    "System record and reports decisions and payments."
                ),
                "expected_benefit": 300000,
                "paid_to_deliver": False,
            },
            "Bangladesh Returnee Migrants' Union": {
                "gains": (
                    "Funded paralegal posts and a recognised role in recovering its members' wages."
                ),
                "rights": (
                    "Refers members to the desks, follows the status of the claims it supports "
                    "and has a seat on the steering group."
                ),
                "obligations": (
                    "Finds and informs returnees, helps them gather evidence and stays with them "
                    "until payment, keeping their data confidential."
                ),
                "expected_benefit": 230000,
                "paid_to_deliver": False,
            },
            "Institute for Mobility and Development, Dhaka": {
                "gains": (
                    "Funded survey rounds and unique data on wage theft and recovery for its own "
                    "research."
                ),
                "rights": (
                    "Publishes the evaluation once the ministries have commented, and keeps using "
                    "the panel data under its consent procedure."
                ),
                "obligations": (
                    "Runs the baseline and endline rounds, protects claimants' data and delivers "
                    "the evaluation by September 2029."
                ),
                "expected_benefit": 190000,
                "paid_to_deliver": False,
            },
            "Gulf Labour Markets Research Centre": {
                "gains": (
                    "Case data on employers that default on wages for its Gulf labour market "
                    "research, and a funded research post."
                ),
                "rights": (
                    "Uses anonymised case data in its publications with the ministries' agreement."
                ),
                "obligations": (
                    "Traces employers in registry data and flags closed or renamed firms within "
                    "ten working days of a request."
                ),
                "expected_benefit": 85000,
                "paid_to_deliver": False,
            },
        },
        "plan": "fundable",
        "missing": [],
        "ineligible_reason": "",
    },
    # ------------------------------------------------------------------
    "Hired before departure: a hospitality pathway between Ecuador and Spain": {
        "goal": (
            "Young Ecuadorians with hospitality skills take up jobs in Spain through a legal, "
            "fee-free channel, with contracts signed before they travel."
        ),
        "novelty": "expanded",
        "novelty_note": (
            "Spain's hiring-in-origin procedure, used until now almost only for farm seasons, is "
            "extended to hospitality occupations, and gains public preselection in Ecuador, a "
            "pre-departure course and legal aid clinics that the current scheme does not offer."
        ),
        "benefits_origin": (
            "Ecuador opens a legal route abroad for young people in coastal provinces with high "
            "underemployment, and gains workers who come back with experience and savings."
        ),
        "benefits_destination": (
            "Spanish hotels and restaurants fill posts they now leave empty, with workers who "
            "arrive prepared and on regular contracts that pay into social security."
        ),
        "benefits_migrants": (
            "Workers travel with a signed contract, pay no recruitment fee, earn the wages of the "
            "sector agreement and can get free legal advice where they work."
        ),
        "objectives": [
            {
                "text": (
                    "Open a regular, employer-led hospitality channel from Ecuador to Spain that "
                    "grows with the results of each season"
                ),
                "indicators": [0, 1],
            },
            {
                "text": "Make sure workers recruited through the channel are treated fairly",
                "indicators": [2, 3],
            },
        ],
        "partners": {
            "Ministry of Foreign Affairs and Human Mobility, Ecuador": {
                "gains": (
                    "A legal, fee-free route to decent jobs for young hospitality graduates, and "
                    "the skills and savings that return with them."
                ),
                "rights": (
                    "Runs preselection, chooses the training institutes and co-chairs the annual "
                    "review."
                ),
                "obligations": (
                    "Preselects and tests candidates, runs the pre-departure course and keeps "
                    "the process free of charge for jobseekers."
                ),
                "expected_benefit": 330000,
                "paid_to_deliver": False,
            },
            "Ministry of Inclusion, Social Security and Migration, Spain": {
                "gains": (
                    "Island hotels and restaurants fill vacancies through a regular channel, "
                    "with prepared workers on contracts under the sector agreement."
                ),
                "rights": (
                    "Sets the annual quota and occupations, and can pause the channel if the "
                    "evaluation shows abuse."
                ),
                "obligations": (
                    "Issues the hospitality annex each year, has its provincial offices handle "
                    "the work permits, and pays part of the preparatory course."
                ),
                "expected_benefit": 360000,
                "paid_to_deliver": False,
            },
            "Madrid Legal Aid for Migrants and Refugees": {
                "gains": (
                    "Funded clinics in tourist towns it could not reach before, and cases that "
                    "show where the sector agreement is not respected."
                ),
                "rights": (
                    "Acts independently for workers and reports patterns of breaches to the "
                    "annual review."
                ),
                "obligations": (
                    "Holds weekly clinics in Palma and Adeje each season, runs the phone line and "
                    "keeps a case log."
                ),
                "expected_benefit": 120000,
                "paid_to_deliver": False,
            },
            "Berlin Institute for Labour Migration Economics": {
                "gains": (
                    "Funded fieldwork and a two-country dataset on a new labour pathway for its "
                    "cost-benefit research."
                ),
                "rights": "Publishes its evaluation after the partners have commented.",
                "obligations": (
                    "Evaluates the first two seasons once its ethics committee has approved the "
                    "design, and reports to the annual review."
                ),
                "expected_benefit": 80000,
                "paid_to_deliver": False,
            },
        },
        "plan": "missing_sign_off",
        "missing": [
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "element": "activities",
            },
            {
                "organisation": "Berlin Institute for Labour Migration Economics",
                "element": "budget",
            },
        ],
        "ineligible_reason": "",
    },
    # ------------------------------------------------------------------
    "Ready before the move: relocation planning skills for Fijian officers and Suva planners": {
        "goal": (
            "Fijian district employment officers and Suva planners have the skills to help "
            "communities plan and carry out moves away from the coast."
        ),
        "novelty": "new",
        "novelty_note": (
            "Neither the ministry's officers nor the council's planners have ever been trained in "
            "relocation work; the course, the consultation module and the study visits would all "
            "be created for this proposal."
        ),
        "benefits_origin": (
            "Fiji gains sixty trained officials in district offices and in its capital who can "
            "support communities that must move, and a course it can keep teaching itself."
        ),
        "benefits_destination": (
            "Suva, where many relocating households end up, gets planners able to prepare "
            "receiving neighbourhoods instead of reacting to new informal settlements."
        ),
        "benefits_migrants": (
            "Relocating households deal with officers who consult them properly, women and young "
            "people included, and who can link seasonal earnings to a planned move."
        ),
        "objectives": [
            {
                "text": (
                    "Train sixty officers and planners in relocation planning and consultation"
                ),
                "indicators": [0, 1],
            },
            {
                "text": (
                    "Make relocation skills a lasting part of how the ministry and the council work"
                ),
                "indicators": [2, 3],
            },
        ],
        "partners": {
            "Ministry of Employment, Productivity and Industrial Relations, Fiji": {
                "gains": (
                    "Trained staff in every district office, a course module it can run itself "
                    "after 2029, and fewer costly relocations that fail and must be redone."
                ),
                "rights": (
                    "Chooses the participants, approves the curriculum and owns the materials "
                    "produced for it."
                ),
                "obligations": (
                    "Pays the course fee, releases staff for training and builds the module into "
                    "its induction programme."
                ),
                "expected_benefit": 600000,
                "paid_to_deliver": False,
            },
            "Suva City Council": {
                "gains": (
                    "Twenty planners and community officers trained at no fee, and field "
                    "exercises that test its own plans for receiving settlements."
                ),
                "rights": "Places in every cohort and a say in how the field exercises are run.",
                "obligations": (
                    "Releases staff, opens two settlements for exercises and reports on the plans "
                    "its staff draft."
                ),
                "expected_benefit": 60000,
                "paid_to_deliver": False,
            },
            "Wellington Centre for Climate and Displacement Studies": {
                "gains": (
                    "Only the service fee of USD 210,000, paid in three instalments to cover its "
                    "staff time and overheads. The Centre takes no data, publications or other "
                    "stake from the course."
                ),
                "rights": (
                    "To be paid on delivery of each cohort under the service contract, and to "
                    "keep the rights to materials it owned beforehand."
                ),
                "obligations": (
                    "Designs and teaches the course and the study visits to the standard set in "
                    "the contract, as a paid provider."
                ),
                "expected_benefit": 210000,
                "paid_to_deliver": True,
            },
        },
        "plan": "ineligible",
        "missing": [],
        "ineligible_reason": (
            "This is fee-for-service, not a partnership of mutual benefit: the Fiji ministry "
            "would pay the Wellington Centre to design and teach the course, and the Centre gains "
            "nothing from it beyond the fee. It could qualify if the Centre took a real stake in "
            "the results, for example by co-owning the curriculum or studying relocation practice "
            "through the course; otherwise the ministry can buy the course through ordinary "
            "procurement."
        ),
    },
    # ------------------------------------------------------------------
    "Counting who comes home: a shared returnee survey for Nepal, Bangladesh and Sri Lanka": {
        "goal": (
            "Nepal, Bangladesh and Sri Lanka know how many of their workers come home and how "
            "they fare, and use that knowledge to shape reintegration support."
        ),
        "novelty": "expanded",
        "novelty_note": (
            "The Institute's household panel in Bangladesh becomes a three-country returnee "
            "survey, with arrival interviews, a year of follow-up, peer interviews in Sri Lanka "
            "and a standing review of the findings by the ministries, none of which exists today."
        ),
        "benefits_origin": (
            "The three countries of origin gain the first comparable figures on returns and a "
            "tested way to check whether their reintegration spending reaches the people it is "
            "meant for."
        ),
        "benefits_destination": (
            "Gulf labour authorities and employers receive independent evidence on why workers "
            "leave early and what they are owed at exit, which they can use to target "
            "inspections and keep staff."
        ),
        "benefits_migrants": (
            "Returnees and their families get reintegration services built around their actual "
            "needs, and returnee organisations gain a voice in how those services are judged."
        ),
        "objectives": [
            {
                "text": (
                    "Produce comparable, regular evidence on who returns and how they fare in "
                    "their first year home"
                ),
                "indicators": [0, 1, 2],
            },
            {
                "text": "Use the evidence to improve reintegration services in the three countries",
                "indicators": [3, 4],
            },
        ],
        "partners": {
            "Ministry of Labour, Employment and Social Security, Nepal": {
                "gains": (
                    "Reliable figures on returns for its reintegration programme and permit "
                    "system, and a method its Foreign Employment Board can keep using after 2029."
                ),
                "rights": (
                    "Chairs the steering group, co-owns the dataset and approves each brief "
                    "before publication."
                ),
                "obligations": (
                    "Staffs the Kathmandu desk, pays the follow-up callers and tables each brief "
                    "at a ministry planning meeting."
                ),
                "expected_benefit": 160000,
                "paid_to_deliver": False,
            },
            "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh": {
                "gains": (
                    "Comparable data on Bangladeshi returnees to plan the Welfare Board's "
                    "services, with the combined dataset kept in Dhaka."
                ),
                "rights": "Co-owns the dataset and comments on each brief before it is released.",
                "obligations": (
                    "Runs the Dhaka airport interviews, shares contact records under the data "
                    "protocol and takes part in the reviews."
                ),
                "expected_benefit": 75000,
                "paid_to_deliver": False,
            },
            "Institute for Mobility and Development, Dhaka": {
                "gains": (
                    "A three-country dataset for its research, funded analysis and a regular "
                    "channel to policy makers."
                ),
                "rights": (
                    "Holds the dataset as custodian and may publish academic work from it once "
                    "the policy briefs are out."
                ),
                "obligations": (
                    "Designs the instruments, trains interviewers, protects respondents' data and "
                    "delivers the analysis and briefs on time."
                ),
                "expected_benefit": 110000,
                "paid_to_deliver": False,
            },
            "Sri Lanka Migrant Workers' Rights Network": {
                "gains": (
                    "Paid interviewer posts for returnee members, research skills, and evidence "
                    "to press its case with the Sri Lankan government."
                ),
                "rights": "Reviews the findings on Sri Lanka and may use them in its advocacy.",
                "obligations": (
                    "Recruits and supervises peer interviewers, keeps interviews anonymous and "
                    "hosts the group discussions."
                ),
                "expected_benefit": 45000,
                "paid_to_deliver": False,
            },
            "Gulf Labour Markets Research Centre": {
                "gains": (
                    "Returnee data showing how wage arrears and early exits vary by sector, for "
                    "its own research on Gulf labour markets."
                ),
                "rights": (
                    "Access to the anonymised dataset and co-authorship of the brief on wages."
                ),
                "obligations": (
                    "Shares employer and sector data in aggregate form and checks the linked "
                    "records."
                ),
                "expected_benefit": 30000,
                "paid_to_deliver": False,
            },
        },
        "plan": "fundable",
        "missing": [],
        "ineligible_reason": "",
    },
    # ------------------------------------------------------------------
    "Recruiters both sides can trust: joint vetting of agencies placing Kenyans in German jobs": {
        "goal": (
            "Kenyans recruited for jobs in Germany reach them through vetted agencies, with "
            "checked offers, no fees and a Kenyan official to turn to."
        ),
        "novelty": "new",
        "novelty_note": (
            "Kenya and Germany have no joint arrangement on recruitment agencies today; the "
            "vetted list, the check of offers before departure, the inspector training and the "
            "liaison post in Berlin would all be set up by this partnership."
        ),
        "benefits_origin": (
            "Kenya gains a recruitment channel to Germany that protects workers' earnings from "
            "fees, stronger inspection of licensed agencies and a reputation German employers "
            "trust."
        ),
        "benefits_destination": (
            "German employers, small care homes above all, can recruit from Kenya at lower risk "
            "and cost, and fewer placements fail because workers were misinformed or in debt."
        ),
        "benefits_migrants": (
            "Workers keep the money they would have paid in fees, travel with an offer that has "
            "been checked, and have someone to contact in Germany if things go wrong."
        ),
        "objectives": [
            {
                "text": (
                    "Run a joint system in which only vetted agencies recruit Kenyans for jobs in "
                    "Germany, with every offer checked"
                ),
                "indicators": [0, 2],
            },
            {
                "text": "Give Kenya's inspectors and agencies the skills to recruit fairly",
                "indicators": [1],
            },
            {
                "text": "Protect workers recruited through the system from fees and abuse",
                "indicators": [3, 4],
            },
        ],
        "partners": {
            "Ministry of Labour and Social Protection, Kenya": {
                "gains": (
                    "A recruitment channel to Germany it can vouch for, trained inspectors, and "
                    "fewer complaints about fake offers and fees."
                ),
                "rights": (
                    "Owns the list and the audit criteria, chairs the joint review and decides on "
                    "listing and removal."
                ),
                "obligations": (
                    "Audits applicants, keeps the list current, funds the liaison officer and "
                    "shares complaint data every quarter."
                ),
                "expected_benefit": 260000,
                "paid_to_deliver": False,
            },
            "Federal Ministry of Labour and Social Affairs, Germany": {
                "gains": (
                    "Safer recruitment for German employers from a country with a large, young "
                    "workforce, and a direct channel to resolve problems with Kenyan agencies."
                ),
                "rights": (
                    "Reviews the audit criteria, receives the list and complaint reports, and can "
                    "ask for an agency to be audited again."
                ),
                "obligations": (
                    "Funds the inspector training and study visit, has offers checked before "
                    "departure and recommends the list to employers."
                ),
                "expected_benefit": 160000,
                "paid_to_deliver": False,
            },
            "Rhein-Main Care Staffing": {
                "gains": (
                    "Access to vetted Kenyan agencies, lower due-diligence costs and a stronger "
                    "case for its partner hospitals to recruit from Kenya."
                ),
                "rights": (
                    "Is consulted on the criteria and may recruit through any listed agency."
                ),
                "obligations": (
                    "Recruits only through listed agencies, pays all recruitment costs, and "
                    "co-funds and co-teaches the agency course."
                ),
                "expected_benefit": 140000,
                "paid_to_deliver": False,
            },
        },
        "plan": "fundable",
        "missing": [],
        "ineligible_reason": "",
    },
}
