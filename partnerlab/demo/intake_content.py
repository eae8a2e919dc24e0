"""Consultation input for the demo cycle "Migration Partnerships Lab 2026" (lab-2026).

Data only, read by the demo loader. THEMES are the facilitator's names for the 12 areas the
input is meant to yield; CONSULTATIONS are the meetings and the survey that produced it;
INPUTS are the answers, notes and pitches, each tagged with the index of its intended theme
(used only to name the themes that discovery finds, never shown as such).
"""

from __future__ import annotations

THEMES: list[str] = [
    "Protecting wages of workers after return",
    "Local data on migration for city planning",
    "Regional coordination of labour mobility",
    "Legal labour pathways and job matching",
    "Digital migration and visa processes",
    "Reintegration of returned migrants",
    "Recognition of skills and qualifications",
    "Financing mobility partnerships",
    "Public narratives on migration",
    "Fair and ethical recruitment",
    "Climate change and human mobility",
    "Cheaper and safer remittances",
]

CONSULTATIONS: list[dict] = [
    {
        "key": "rc-africa",
        "kind": "regional_consultation",
        "title": "Africa regional consultation",
        "held_on": "2026-03-10",
        "region": "Africa",
        "mode": "hybrid",
        "notes": (
            "Hosted in Addis Ababa with remote links to Dakar and Nairobi; 71 participants from 24 "
            "African States, regional economic communities, employers and returnee groups."
        ),
    },
    {
        "key": "rc-americas",
        "kind": "regional_consultation",
        "title": "Americas regional consultation",
        "held_on": "2026-03-24",
        "region": "Americas",
        "mode": "hybrid",
        "notes": (
            "Held in Bogotá, with interpretation between Spanish, English and French. Cities and "
            "civil society from the Andean region made up almost half of the room."
        ),
    },
    {
        "key": "rc-asia",
        "kind": "regional_consultation",
        "title": "Asia regional consultation",
        "held_on": "2026-04-08",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "A one-day meeting in Kathmandu focused on South and South-East Asian corridors to the "
            "Gulf and Malaysia."
        ),
    },
    {
        "key": "rc-europe",
        "kind": "regional_consultation",
        "title": "Europe regional consultation",
        "held_on": "2026-04-22",
        "region": "Europe",
        "mode": "hybrid",
        "notes": (
            "Brussels, with about a third of participants joining online. Several Maghreb "
            "delegations attended as partners of European States."
        ),
    },
    {
        "key": "rc-oceania",
        "kind": "regional_consultation",
        "title": "Oceania regional consultation",
        "held_on": "2026-05-06",
        "region": "Oceania",
        "mode": "virtual",
        "notes": (
            "Run online across four time zones so that outer-island participants could join. "
            "Churches and growers' groups took part alongside governments."
        ),
    },
    {
        "key": "rc-westasia",
        "kind": "regional_consultation",
        "title": "Western Asia and Gulf regional consultation",
        "held_on": "2026-05-20",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "Held in Amman for destination States in the Gulf and Levant and the origin countries "
            "that send workers to them."
        ),
    },
    {
        "key": "bo-af-coordination",
        "kind": "thematic_breakout",
        "title": "Africa consultation — breakout on regional coordination of labour mobility",
        "held_on": "2026-03-10",
        "region": "Africa",
        "mode": "hybrid",
        "notes": (
            "Chaired by the Continental Labour Migration Secretariat; ECOWAS and EAC officials "
            "compared their free movement rules."
        ),
    },
    {
        "key": "bo-af-return",
        "kind": "thematic_breakout",
        "title": "Africa consultation — breakout on reintegration of returned migrants",
        "held_on": "2026-03-10",
        "region": "Africa",
        "mode": "hybrid",
        "notes": ("Returnee associations from Ethiopia, Nigeria and Senegal led the discussion."),
    },
    {
        "key": "bo-af-remit",
        "kind": "thematic_breakout",
        "title": "Africa consultation — breakout on remittances",
        "held_on": "2026-03-10",
        "region": "Africa",
        "mode": "hybrid",
        "notes": "Short session; a central bank official from Zambia joined online.",
    },
    {
        "key": "bo-am-data",
        "kind": "thematic_breakout",
        "title": "Americas consultation — breakout on local data for city planning",
        "held_on": "2026-03-24",
        "region": "Americas",
        "mode": "hybrid",
        "notes": (
            "City statisticians from Bogotá, Lima and Quito described what they collect today."
        ),
    },
    {
        "key": "bo-am-digital",
        "kind": "thematic_breakout",
        "title": "Americas consultation — breakout on digital visa processes",
        "held_on": "2026-03-24",
        "region": "Americas",
        "mode": "hybrid",
        "notes": (
            "Consular officials and two migrant-led groups tested each other's online forms during "
            "the session."
        ),
    },
    {
        "key": "bo-am-narratives",
        "kind": "thematic_breakout",
        "title": "Americas consultation — breakout on public narratives",
        "held_on": "2026-03-24",
        "region": "Americas",
        "mode": "hybrid",
        "notes": ("Journalists and city communication teams joined; the discussion was lively."),
    },
    {
        "key": "bo-as-recruit",
        "kind": "thematic_breakout",
        "title": "Asia consultation — breakout on fair recruitment",
        "held_on": "2026-04-08",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "The largest breakout of the day, with recruiters, unions and ministries at one table."
        ),
    },
    {
        "key": "bo-as-skills",
        "kind": "thematic_breakout",
        "title": "Asia consultation — breakout on skills recognition",
        "held_on": "2026-04-08",
        "region": "Asia",
        "mode": "in_person",
        "notes": "Focused on caregiving, construction and electrical trades.",
    },
    {
        "key": "bo-as-wages",
        "kind": "thematic_breakout",
        "title": "Asia consultation — breakout on unpaid wages after return",
        "held_on": "2026-04-08",
        "region": "Asia",
        "mode": "in_person",
        "notes": ("Many cases came from returns forced by the pandemic and by company closures."),
    },
    {
        "key": "bo-eu-pathways",
        "kind": "thematic_breakout",
        "title": "Europe consultation — breakout on legal labour pathways",
        "held_on": "2026-04-22",
        "region": "Europe",
        "mode": "hybrid",
        "notes": (
            "Employers' associations and public employment services from six countries took part."
        ),
    },
    {
        "key": "bo-eu-finance",
        "kind": "thematic_breakout",
        "title": "Europe consultation — breakout on financing partnerships",
        "held_on": "2026-04-22",
        "region": "Europe",
        "mode": "hybrid",
        "notes": "Donors outnumbered governments in this room, which shaped the discussion.",
    },
    {
        "key": "bo-eu-data",
        "kind": "thematic_breakout",
        "title": "Europe consultation — breakout on local migration data",
        "held_on": "2026-04-22",
        "region": "Europe",
        "mode": "hybrid",
        "notes": "Organised with the mayors mechanism; officials from eight cities attended.",
    },
    {
        "key": "bo-oc-climate",
        "kind": "thematic_breakout",
        "title": "Oceania consultation — breakout on climate mobility",
        "held_on": "2026-05-06",
        "region": "Oceania",
        "mode": "virtual",
        "notes": (
            "Community leaders from Tuvalu, Kiribati and Fiji opened the session with testimonies."
        ),
    },
    {
        "key": "bo-oc-coordination",
        "kind": "thematic_breakout",
        "title": "Oceania consultation — breakout on Pacific labour mobility coordination",
        "held_on": "2026-05-06",
        "region": "Oceania",
        "mode": "virtual",
        "notes": "Labour sending units from seven Pacific countries joined.",
    },
    {
        "key": "bo-oc-remit",
        "kind": "thematic_breakout",
        "title": "Oceania consultation — breakout on remittance costs",
        "held_on": "2026-05-06",
        "region": "Oceania",
        "mode": "virtual",
        "notes": "Growers and church volunteers described what workers do on pay day.",
    },
    {
        "key": "bo-wa-wages",
        "kind": "thematic_breakout",
        "title": "Western Asia consultation — breakout on wage protection",
        "held_on": "2026-05-20",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "Unions from Kenya and Nepal met Gulf ministry officials for the first time in this "
            "format."
        ),
    },
    {
        "key": "bo-wa-recruit",
        "kind": "thematic_breakout",
        "title": "Western Asia consultation — breakout on ethical recruitment",
        "held_on": "2026-05-20",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "Employers from the construction and hospitality sectors presented audit results."
        ),
    },
    {
        "key": "bo-wa-digital",
        "kind": "thematic_breakout",
        "title": "Western Asia consultation — breakout on digital work permits",
        "held_on": "2026-05-20",
        "region": "Asia",
        "mode": "in_person",
        "notes": (
            "Demonstrations of two e-visa systems, followed by questions from worker groups."
        ),
    },
    {
        "key": "ms-pathways",
        "kind": "matching_session",
        "title": "Partnership matching: labour pathways and skills",
        "held_on": "2026-06-09",
        "region": "",
        "mode": "virtual",
        "notes": ("Twelve pitches were heard; two are recorded here with the presenters' consent."),
    },
    {
        "key": "ms-return",
        "kind": "matching_session",
        "title": "Partnership matching: return, reintegration and unpaid wages",
        "held_on": "2026-06-16",
        "region": "",
        "mode": "hybrid",
        "notes": "Held in Geneva with online participants from Colombo and Dakar.",
    },
    {
        "key": "ms-data",
        "kind": "matching_session",
        "title": "Partnership matching: data and digital services",
        "held_on": "2026-06-23",
        "region": "",
        "mode": "virtual",
        "notes": "Cities and consular services looked for technical partners.",
    },
    {
        "key": "ms-recruitment",
        "kind": "matching_session",
        "title": "Partnership matching: recruitment and regional cooperation",
        "held_on": "2026-06-30",
        "region": "Asia",
        "mode": "hybrid",
        "notes": ("Organised back to back with a meeting of Asian origin countries in Bangkok."),
    },
    {
        "key": "ms-finance",
        "kind": "matching_session",
        "title": "Partnership matching: financing and remittances",
        "held_on": "2026-07-07",
        "region": "",
        "mode": "virtual",
        "notes": ("Donors and payment firms listened to proposals and asked for follow-up calls."),
    },
    {
        "key": "ms-climate",
        "kind": "matching_session",
        "title": "Partnership matching: climate mobility and public narratives",
        "held_on": "2026-07-14",
        "region": "",
        "mode": "hybrid",
        "notes": (
            "The last matching session before the first Lab; two pitches found a lead partner in "
            "the room."
        ),
    },
    {
        "key": "survey",
        "kind": "survey",
        "title": "Lab 2026 stakeholder survey",
        "held_on": "2026-04-30",
        "region": "",
        "mode": "written",
        "notes": (
            "Online form in English, French and Spanish, open from 2 March to 30 April 2026, "
            "asking for the most pressing problem and a solution that could start soon."
        ),
    },
]

INPUTS: list[dict] = [
    # Survey: two answers per respondent (problem, then solution).
    {
        "id": "s-001",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 7,
        "organisation": "Maple Leaf Foundation for Newcomers",
        "stakeholder_kind": "donor",
        "country": "CA",
        "text": (
            "Good pilots that bring refugee nurses and engineers to Canadian employers die after "
            "the first cohort, because nobody has committed money beyond the pilot. Foundations "
            "cannot carry the cost forever."
        ),
    },
    {
        "id": "s-002",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 7,
        "organisation": "Maple Leaf Foundation for Newcomers",
        "stakeholder_kind": "donor",
        "country": "CA",
        "text": (
            "A pay-for-results model: employers and provinces repay part of the up-front training "
            "cost once a worker has been employed for a year, and the money is recycled into the "
            "next cohort. We would provide the first-loss capital."
        ),
    },
    {
        "id": "s-003",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "PE",
        "text": (
            "Soy médico venezolano en Lima y llevo dos años esperando que una universidad revalide "
            "mi título; mientras tanto hago repartos en moto. Hay miles de profesionales "
            "venezolanos en la misma situación en Perú."
        ),
    },
    {
        "id": "s-004",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "PE",
        "text": (
            "Un sistema andino de reconocimiento de títulos, con exámenes de competencias y no "
            "solo revisión de papeles, permitiría ejercer en meses. El Ministerio de Salud podría "
            "abrir un registro provisional para las zonas rurales que no tienen médicos."
        ),
    },
    {
        "id": "s-005",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "US",
        "text": (
            "Las remesas que mandamos desde Los Ángeles a San Miguel pierden valor con cada "
            "comisión, y en el campo los bancos piden documentos que mi familia no tiene. Algunos "
            "vecinos prefieren mandar el dinero con viajeros."
        ),
    },
    {
        "id": "s-006",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "US",
        "text": (
            "Una cuenta para recibir remesas sin costo de apertura, con identificación "
            "simplificada y retiro en las cooperativas de ahorro del pueblo. Las cooperativas "
            "también podrían dar crédito para vivienda usando el historial de envíos."
        ),
    },
    {
        "id": "s-007",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "IN",
        "text": (
            "Electricians and plumbers trained at our industrial training institutes hold national "
            "certificates that Gulf employers do not recognise, so they are hired as helpers. They "
            "reach the skilled wage only after years on site."
        ),
    },
    {
        "id": "s-008",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "IN",
        "text": (
            "We want recognition arrangements with the UAE and Saudi Arabia so that trade "
            "certificates tested jointly at our institutes count for the skilled visa category. "
            "Experience gained abroad should in turn be certified when workers return."
        ),
    },
    {
        "id": "s-009",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 8,
        "organisation": "Newsroom Alliance on Migration Reporting",
        "stakeholder_kind": "other",
        "country": "ZA",
        "text": (
            "Before local elections in Gauteng, politicians and some papers blamed Zimbabwean and "
            "Malawian shopkeepers for crime and unemployment, and vigilante groups used those "
            "headlines to justify raids. Reporters have little time to check claims."
        ),
    },
    {
        "id": "s-010",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 8,
        "organisation": "Newsroom Alliance on Migration Reporting",
        "stakeholder_kind": "other",
        "country": "ZA",
        "text": (
            "A rapid fact-check desk shared by newsrooms during election periods, and a pool of "
            "migrant community spokespeople journalists can call. We would also train editors on "
            "our style guide and monitor coverage every month."
        ),
    },
    {
        "id": "s-011",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "IN",
        "text": (
            "I applied for a work visa to Poland from Bengaluru and had to courier my original "
            "passport to an outsourced visa centre in Delhi, then wait eleven weeks without any "
            "tracking. No one could tell me which document was missing."
        ),
    },
    {
        "id": "s-012",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "IN",
        "text": (
            "Visa applications should be fully online, with status tracking, digital upload of "
            "documents and degrees verified directly with the university. Fingerprints could be "
            "taken once and reused for every renewal."
        ),
    },
    {
        "id": "s-013",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 1,
        "organisation": "Dhaka North City Corporation",
        "stakeholder_kind": "local_government",
        "country": "BD",
        "text": (
            "Families arriving from Bhola and Satkhira settle in Korail and other low-income "
            "wards, but our ward population figures are projections that ignore this inflow. "
            "Without evidence we cannot justify more health workers or drains."
        ),
    },
    {
        "id": "s-014",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 1,
        "organisation": "Dhaka North City Corporation",
        "stakeholder_kind": "local_government",
        "country": "BD",
        "text": (
            "We want to combine school enrolment, mobile phone data and a short household count by "
            "community volunteers into a yearly migration profile for each ward. The statistics "
            "bureau and a university should check the method so that the ministry accepts it for "
            "budgeting."
        ),
    },
    {
        "id": "s-015",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 7,
        "organisation": "Parliamentary Network on Migration and Development",
        "stakeholder_kind": "other",
        "country": "BE",
        "text": (
            "Parliaments approve migration budgets that fund border control generously but set "
            "aside almost nothing for labour mobility partnerships with countries of origin. "
            "Members rarely see the costs and benefits of a partnership side by side."
        ),
    },
    {
        "id": "s-016",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 7,
        "organisation": "Parliamentary Network on Migration and Development",
        "stakeholder_kind": "other",
        "country": "BE",
        "text": (
            "A model budget annex showing what each partner country and employer contributes, and "
            "a cross-party study visit so that legislators from origin and destination countries "
            "agree on multi-year funding together."
        ),
    },
    {
        "id": "s-017",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 2,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "NE",
        "text": (
            "Les protocoles de libre circulation de la CEDEAO existent sur le papier, mais nos "
            "travailleurs qui partent au Ghana ou en Côte d'Ivoire se font encore racketter aux "
            "postes frontières. Chaque pays applique ses propres règles de permis de travail."
        ),
    },
    {
        "id": "s-018",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 2,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "NE",
        "text": (
            "Il faut un comité régional des ministres du travail qui se réunisse réellement, avec "
            "une liste commune des métiers ouverts aux ressortissants de la région. La Commission "
            "devrait publier chaque année où en est l'application du protocole, pays par pays."
        ),
    },
    {
        "id": "s-019",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 0,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "GT",
        "text": (
            "Muchos jornaleros guatemaltecos vuelven de las granjas de Canadá con salarios "
            "impagos: horas extra que nunca se pagaron y descuentos que no se devolvieron. Una vez "
            "de regreso en Huehuetenango, reclamar ese salario es casi imposible."
        ),
    },
    {
        "id": "s-020",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 0,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "GT",
        "text": (
            "Que el trabajador retornado pueda reclamar sus salarios adeudados desde el consulado "
            "o en línea, con un acuerdo entre el Ministerio de Trabajo y las provincias "
            "canadienses. Un fondo de garantía salarial adelantaría el pago mientras se resuelve "
            "el caso."
        ),
    },
    {
        "id": "s-021",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "FR",
        "text": (
            "J'envoie chaque mois de l'argent de Lyon à ma mère à Louga, et entre les frais et le "
            "taux de change je perds presque 10 %. Ma mère doit encore se déplacer en ville pour "
            "retirer l'argent."
        ),
    },
    {
        "id": "s-022",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "FR",
        "text": (
            "Les opérateurs mobiles et les banques devraient proposer des transferts directs vers "
            "le portefeuille mobile à un tarif fixe et bas, avec le taux de change affiché à "
            "l'avance. Une partie pourrait aller sur une épargne logement au pays."
        ),
    },
    {
        "id": "s-023",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 5,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "GN",
        "text": (
            "Les jeunes renvoyés de Libye et d'Algérie reviennent à Conakry traumatisés, et l'aide "
            "au retour s'arrête au billet d'avion. Sans accompagnement à la réinsertion, rejetés "
            "par des familles qui ont vendu des terres pour le voyage, beaucoup repartent."
        ),
    },
    {
        "id": "s-024",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 5,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "GN",
        "text": (
            "Il faudrait un suivi psychosocial d'au moins six mois, une formation professionnelle "
            "rémunérée et une médiation avec les familles dans les villages. Les associations de "
            "rapatriés pourraient servir de premier point de contact."
        ),
    },
    {
        "id": "s-025",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CA",
        "text": (
            "Je suis infirmière diplômée à Port-au-Prince et, à Montréal, on me demande de refaire "
            "presque toute ma formation. En attendant, je travaille comme préposée aux "
            "bénéficiaires pour la moitié du salaire."
        ),
    },
    {
        "id": "s-026",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 6,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CA",
        "text": (
            "Le Québec et Haïti pourraient signer un accord de reconnaissance du diplôme "
            "d'infirmière, avec un stage d'adaptation payé de quelques mois plutôt que trois ans "
            "d'études. Les ordres professionnels doivent être autour de la table."
        ),
    },
    {
        "id": "s-027",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "TN",
        "text": (
            "Depuis 2023, les discours hostiles envers les migrants subsahariens à Sfax ont mené à "
            "des expulsions de logements et à des agressions. Les médias parlent d'invasion et "
            "presque jamais des étudiants et des travailleurs installés depuis longtemps."
        ),
    },
    {
        "id": "s-028",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "TN",
        "text": (
            "Changer le discours public : des émissions de radio locales animées par des Tunisiens "
            "et des migrants, des visites dans les écoles et une charte des médias contre les "
            "stéréotypes. Les municipalités devraient soutenir publiquement ces initiatives."
        ),
    },
    {
        "id": "s-029",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 5,
        "organisation": "Mexico City Government",
        "stakeholder_kind": "local_government",
        "country": "MX",
        "text": (
            "Cada mes llegan a la Ciudad de México cientos de connacionales deportados que "
            "crecieron en Estados Unidos y no saben cómo rehacer su vida aquí: hablan mejor inglés "
            "que español y no tienen papeles mexicanos. Su reintegración casi no recibe apoyo."
        ),
    },
    {
        "id": "s-030",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 5,
        "organisation": "Mexico City Government",
        "stakeholder_kind": "local_government",
        "country": "MX",
        "text": (
            "Un programa de reintegración que empiece en el aeropuerto: identificación en un solo "
            "día, acompañamiento psicológico, y contacto con empleadores bilingües para que las "
            "personas retornadas encuentren trabajo en las primeras semanas."
        ),
    },
    {
        "id": "s-031",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 5,
        "organisation": "Ghana Diaspora Returnees Association",
        "stakeholder_kind": "civil_society",
        "country": "GH",
        "text": (
            "Returnees who come home to Kumasi or Tamale after years in Libya or Italy are often "
            "treated as failures, and there is no reintegration support to help them settle back "
            "in. With no job and no network, many plan to leave again within months."
        ),
    },
    {
        "id": "s-032",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 5,
        "organisation": "Ghana Diaspora Returnees Association",
        "stakeholder_kind": "civil_society",
        "country": "GH",
        "text": (
            "Pair every returnee with a mentor from our association who has already rebuilt a life "
            "at home, and help them restart through training and a small business plan. District "
            "assemblies and the diaspora affairs office should refer people coming back to us."
        ),
    },
    {
        "id": "s-033",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 3,
        "organisation": "Aotearoa Horticulture Growers Cooperative",
        "stakeholder_kind": "business",
        "country": "NZ",
        "text": (
            "Our orchards in the Bay of Plenty have jobs that no local applicant takes, but the "
            "legal route to hire from abroad opens once a year with a fixed cap, whatever the "
            "vacancies. Matching employers to candidates overseas takes months."
        ),
    },
    {
        "id": "s-034",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 3,
        "organisation": "Aotearoa Horticulture Growers Cooperative",
        "stakeholder_kind": "business",
        "country": "NZ",
        "text": (
            "A standing labour pathway with a job-matching portal: employers post verified "
            "vacancies, sending countries shortlist candidates, and the number of visas follows "
            "actual demand. We would offer multi-year job offers so workers can plan."
        ),
    },
    {
        "id": "s-035",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 3,
        "organisation": "Ministry of Labour and Social Protection, Kenya",
        "stakeholder_kind": "national_government",
        "country": "KE",
        "text": (
            "Around a million young Kenyans enter the job market every year, while hospitals in "
            "the UK and care homes in Germany face shortages, yet there is hardly any legal "
            "pathway between the two. Those who do go abroad mostly end up in low-paid domestic "
            "work in the Gulf."
        ),
    },
    {
        "id": "s-036",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 3,
        "organisation": "Ministry of Labour and Social Protection, Kenya",
        "stakeholder_kind": "national_government",
        "country": "KE",
        "text": (
            "Bilateral labour agreements with two or three European countries, backed by a "
            "matching platform where employers post vacancies and our public employment service "
            "shortlists trained candidates. Training would only begin once an employer has "
            "committed."
        ),
    },
    {
        "id": "s-037",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 3,
        "organisation": "Madrid Legal Aid for Migrants and Refugees",
        "stakeholder_kind": "civil_society",
        "country": "ES",
        "text": (
            "Cada semana atendemos en Madrid a personas con una oferta de empleo real en la "
            "hostelería que no pueden aceptarla porque no existe una vía legal de contratación "
            "para ellas. Los empleadores tienen vacantes y los trabajadores existen, pero nadie "
            "los conecta."
        ),
    },
    {
        "id": "s-038",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 3,
        "organisation": "Madrid Legal Aid for Migrants and Refugees",
        "stakeholder_kind": "civil_society",
        "country": "ES",
        "text": (
            "Que el catálogo de ocupaciones con escasez de mano de obra se actualice cada "
            "trimestre y que exista un visado de búsqueda de empleo que conecte esas vacantes con "
            "candidatos de Colombia, Perú y Senegal."
        ),
    },
    {
        "id": "s-039",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "HN",
        "text": (
            "En el corredor seco de Honduras y Guatemala, el cambio climático trajo tres años "
            "seguidos de sequía; las familias campesinas perdieron la cosecha y muchos hombres "
            "migran al norte. Las políticas climáticas y migratorias no se hablan entre sí."
        ),
    },
    {
        "id": "s-040",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "HN",
        "text": (
            "Programas de trabajo temporal en el extranjero que den prioridad a las comunidades "
            "golpeadas por la sequía, junto con riego y seguros de cosecha, para que migrar sea "
            "una elección y no un acto de desesperación."
        ),
    },
    {
        "id": "s-041",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 3,
        "organisation": (
            "Ministry in charge of Moroccans Living Abroad and Migration Affairs, Morocco"
        ),
        "stakeholder_kind": "national_government",
        "country": "MA",
        "text": (
            "Beaucoup de jeunes diplômés marocains en informatique et en soins infirmiers veulent "
            "travailler en Europe, mais les voies légales sont étroites et les employeurs "
            "européens ne savent pas où les trouver. Cela nourrit les départs irréguliers depuis "
            "le nord du pays."
        ),
    },
    {
        "id": "s-042",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 3,
        "organisation": (
            "Ministry in charge of Moroccans Living Abroad and Migration Affairs, Morocco"
        ),
        "stakeholder_kind": "national_government",
        "country": "MA",
        "text": (
            "Une plateforme de mise en relation entre l'ANAPEC et les services publics de l'emploi "
            "belge et français, avec des contrats signés avant le départ et des contingents revus "
            "chaque année selon les métiers en pénurie."
        ),
    },
    {
        "id": "s-043",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "KI",
        "text": (
            "King tides now flood homes in South Tarawa several times a year and spoil the wells, "
            "and people from the outer islands are moving into an already crowded capital. Going "
            "abroad is only possible for the few who qualify for a work visa."
        ),
    },
    {
        "id": "s-044",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "KI",
        "text": (
            "A dedicated climate mobility visa with Australia and New Zealand, open to whole "
            "families and not tied to an employer, plus training so people arrive with skills. Any "
            "agreement must protect our culture and our land rights."
        ),
    },
    {
        "id": "s-045",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 6,
        "organisation": "Berlin Institute for Labour Migration Economics",
        "stakeholder_kind": "academia",
        "country": "DE",
        "text": (
            "Our data show that foreign-trained engineers and nurses in Germany wait 14 months on "
            "average for their qualifications to be recognised, and a third work below their skill "
            "level for years. The procedure changes from one federal state to the next."
        ),
    },
    {
        "id": "s-046",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 6,
        "organisation": "Berlin Institute for Labour Migration Economics",
        "stakeholder_kind": "academia",
        "country": "DE",
        "text": (
            "One national authority for the recognition of qualifications, checks of diplomas "
            "started in the country of origin, and partial recognition so people can work under "
            "supervision while they complete missing modules."
        ),
    },
    {
        "id": "s-047",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 9,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "BD",
        "text": (
            "I paid 4.5 lakh taka in recruitment fees to a dalal in my village for a job in "
            "Malaysia, and I spent two years repaying the loan. The recruiting agency in Dhaka "
            "said it never received the money."
        ),
    },
    {
        "id": "s-048",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 9,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "BD",
        "text": (
            "The employer should pay all recruitment fees, and every worker should get a written "
            "contract in Bangla before paying anything at all. Village brokers and sub-agents "
            "should be registered so they can be held responsible."
        ),
    },
    {
        "id": "s-049",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "SN",
        "text": (
            "À Saint-Louis, l'avancée de la mer a déjà détruit des centaines de maisons à Guet "
            "Ndar, et les familles de pêcheurs relogées loin de la côte perdent leur métier. "
            "Beaucoup de jeunes pensent alors à partir vers les Canaries en pirogue."
        ),
    },
    {
        "id": "s-050",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "SN",
        "text": (
            "Un plan de relocalisation négocié avec les habitants, qui garde l'accès à la mer et à "
            "la pêche, et des formations à des métiers liés à l'adaptation climatique. Les "
            "partenaires européens pourraient financer cela plutôt que la seule surveillance des "
            "côtes."
        ),
    },
    {
        "id": "s-051",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CR",
        "text": (
            "En Costa Rica los nicaragüenses somos el blanco de chistes y memes que nos pintan "
            "como delincuentes o como una carga para la seguridad social. Por eso nuestros hijos "
            "esconden en la escuela de dónde vienen."
        ),
    },
    {
        "id": "s-052",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CR",
        "text": (
            "Que el Ministerio de Educación lleve a las aulas historias reales de familias "
            "migrantes y que los medios den la palabra a nicaragüenses que trabajan en el campo, "
            "la construcción y el cuidado de personas."
        ),
    },
    {
        "id": "s-053",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 9,
        "organisation": "Ministry of Manpower, Indonesia",
        "stakeholder_kind": "national_government",
        "country": "ID",
        "text": (
            "Despite the zero-cost placement law for domestic workers, most workers going to "
            "Taiwan still pay recruitment fees, disguised as deductions arranged by brokers on "
            "both sides. Unlicensed village sponsors remain the first contact for most families."
        ),
    },
    {
        "id": "s-054",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 9,
        "organisation": "Ministry of Manpower, Indonesia",
        "stakeholder_kind": "national_government",
        "country": "ID",
        "text": (
            "A fee-monitoring arrangement with Taiwan and Malaysia in which every placement charge "
            "must be registered and approved, plus one-stop service centres in the districts so "
            "families no longer go through informal recruiters."
        ),
    },
    {
        "id": "s-055",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 3,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "HN",
        "text": (
            "En San Pedro Sula los jóvenes solo conocen el camino irregular hacia el norte, porque "
            "nadie les habla de las vías legales de trabajo temporal ni de los visados disponibles "
            "para ocupaciones con escasez de mano de obra."
        ),
    },
    {
        "id": "s-056",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 3,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "HN",
        "text": (
            "Que el gobierno y los empleadores de Estados Unidos y Canadá abran una oficina "
            "pública de colocación en cada departamento, donde se publiquen las vacantes "
            "temporales y la gente se inscriba sin pagar nada."
        ),
    },
    {
        "id": "s-057",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 1,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "CI",
        "text": (
            "À Abobo, nous ignorons combien de personnes venues du Burkina Faso et du nord du pays "
            "s'installent chaque année, si bien que les écoles et les bornes-fontaines sont "
            "toujours sous-dimensionnées. Nos chiffres par quartier datent du dernier recensement."
        ),
    },
    {
        "id": "s-058",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 1,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "CI",
        "text": (
            "Une enquête légère par quartier, refaite chaque année avec l'institut national de la "
            "statistique, suffirait pour planifier les services municipaux. Les chefs de quartier "
            "et les associations de ressortissants pourraient aider à la collecte."
        ),
    },
    {
        "id": "s-059",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 0,
        "organisation": "Ministry of Labour and Skills, Ethiopia",
        "stakeholder_kind": "national_government",
        "country": "ET",
        "text": (
            "Ethiopian women deported from Saudi Arabia in recent waves report an average of eight "
            "months of unpaid salary, and once they are home we have no legal channel to recover "
            "it. Our labour attachés lose track of the files after deportation."
        ),
    },
    {
        "id": "s-060",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 0,
        "organisation": "Ministry of Labour and Skills, Ethiopia",
        "stakeholder_kind": "national_government",
        "country": "ET",
        "text": (
            "A bilateral protocol could require final salaries and end-of-service pay to be "
            "deposited with the consulate before any exit or deportation. Ethiopia would name a "
            "legal officer in each mission to pursue unpaid wage claims for a year after return."
        ),
    },
    {
        "id": "s-061",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 5,
        "organisation": "Quezon City Government",
        "stakeholder_kind": "local_government",
        "country": "PH",
        "text": (
            "Seafarers and domestic workers who come back to Quezon City after decades abroad "
            "struggle to settle back into life at home, and all our reintegration programme offers "
            "is a one-day seminar. Older returnees in particular slide into poverty."
        ),
    },
    {
        "id": "s-062",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 5,
        "organisation": "Quezon City Government",
        "stakeholder_kind": "local_government",
        "country": "PH",
        "text": (
            "Start the reintegration plan before the first departure, with savings and training "
            "mapped out from the first contract, and a local desk that follows returnees for at "
            "least a year and can lend to small businesses."
        ),
    },
    {
        "id": "s-063",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 0,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "NP",
        "text": (
            "I worked four years for a security company in Doha and came home to Dhanusha when my "
            "father died. The company still owes me seven months of salary and my gratuity, and "
            "the lawyer there says the case is closed because I left."
        ),
    },
    {
        "id": "s-064",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 0,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "NP",
        "text": (
            "Embassies should keep a returned worker's claim for unpaid wages open and collect the "
            "salary owed on his behalf. An online form in Nepali and a monthly update would be "
            "enough for most of us."
        ),
    },
    {
        "id": "s-065",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 4,
        "organisation": "Ministry of Foreign Affairs, Colombia",
        "stakeholder_kind": "national_government",
        "country": "CO",
        "text": (
            "El registro biométrico de migrantes venezolanos colapsó en algunos puntos de frontera "
            "porque depende de equipos que no funcionan sin conexión. En La Guajira hay personas "
            "que llevan meses esperando su documento."
        ),
    },
    {
        "id": "s-066",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 4,
        "organisation": "Ministry of Foreign Affairs, Colombia",
        "stakeholder_kind": "national_government",
        "country": "CO",
        "text": (
            "Queremos unidades móviles de registro que funcionen sin internet y sincronicen los "
            "datos al volver a la ciudad, y que el documento se entregue en formato digital en el "
            "celular. Así el trámite migratorio completo quedaría en línea."
        ),
    },
    {
        "id": "s-067",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 7,
        "organisation": "",
        "stakeholder_kind": "business",
        "country": "ES",
        "text": (
            "Farm businesses in Almería want to pay for training workers in Senegal before they "
            "arrive, but development cooperation funds only finance NGOs and will not take private "
            "money. Each company ends up funding training alone, one season at a time."
        ),
    },
    {
        "id": "s-068",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 7,
        "organisation": "",
        "stakeholder_kind": "business",
        "country": "ES",
        "text": (
            "A blended fund of Spanish development cooperation, employers' organisations and the "
            "Senegalese government, with a fixed contribution per worker hired, would finance "
            "training over several seasons instead of one."
        ),
    },
    {
        "id": "s-069",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "CL",
        "text": (
            "En Iquique la llegada de migrantes por Colchane terminó en marchas contra ellos y "
            "quema de sus pertenencias. Desde entonces cualquier problema de seguridad se achaca a "
            "los extranjeros y la convivencia en los barrios empeoró."
        ),
    },
    {
        "id": "s-070",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "CL",
        "text": (
            "Mesas de convivencia barriales con juntas de vecinos y organizaciones migrantes, "
            "ferias culturales y una campaña con datos reales sobre lo que aportan los migrantes a "
            "la economía de la región."
        ),
    },
    {
        "id": "s-071",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 9,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "GT",
        "text": (
            "En Guatemala, reclutadores sin licencia cobran hasta 4.000 dólares por un cupo en el "
            "programa de visas agrícolas temporales, y las familias hipotecan sus terrenos para "
            "pagar esas cuotas de reclutamiento. Cuando el empleo no existe, no hay a quién "
            "reclamar."
        ),
    },
    {
        "id": "s-072",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 9,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "GT",
        "text": (
            "El Ministerio de Trabajo debería publicar la lista de agencias de reclutamiento "
            "autorizadas, y los empleadores comprometerse a pagar todos los costos de "
            "contratación. Una línea de denuncia anónima en español y en idiomas mayas ayudaría a "
            "detectar reclutadores fraudulentos."
        ),
    },
    {
        "id": "s-073",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 7,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "GM",
        "text": (
            "The mobility partnerships we negotiate with Europe are funded as two- or three-year "
            "projects, and our ministry has no budget line to continue them. Training centres "
            "close the moment the donor leaves."
        ),
    },
    {
        "id": "s-074",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 7,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "GM",
        "text": (
            "Put labour mobility in the national budget, with co-financing from destination "
            "countries and a contribution from employers for each worker hired. A regional "
            "development bank could manage the fund."
        ),
    },
    {
        "id": "s-075",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 9,
        "organisation": "Souss Agri-Export Cooperative",
        "stakeholder_kind": "business",
        "country": "MA",
        "text": (
            "Nos exploitations emploient des saisonniers du Mali et du Niger, souvent recrutés par "
            "des intermédiaires qui leur font payer des frais de recrutement et gardent leurs "
            "passeports. Nous voulons un recrutement équitable, mais il n'existe aucune agence "
            "agréée dans les villages d'origine."
        ),
    },
    {
        "id": "s-076",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 9,
        "organisation": "Souss Agri-Export Cooperative",
        "stakeholder_kind": "business",
        "country": "MA",
        "text": (
            "Un recrutement direct et sans frais pour le travailleur, avec les services publics de "
            "l'emploi du Mali et du Niger, des contrats types en bambara et en français, et un "
            "audit indépendant de nos pratiques de recrutement chaque année."
        ),
    },
    {
        "id": "s-077",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 10,
        "organisation": "Freetown City Council",
        "stakeholder_kind": "local_government",
        "country": "SL",
        "text": (
            "Every rainy season, families displaced by floods and mudslides, and by failed "
            "harvests upcountry, settle along Freetown's shoreline in areas the sea will cover "
            "within a few decades. The city has no plan for them."
        ),
    },
    {
        "id": "s-078",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 10,
        "organisation": "Freetown City Council",
        "stakeholder_kind": "local_government",
        "country": "SL",
        "text": (
            "Freetown wants a partnership with the national government and donors to identify safe "
            "land for resettlement, with climate-resilient housing and help to earn a living. "
            "Displaced families must have a say in where and how they move."
        ),
    },
    {
        "id": "s-079",
        "consultation": "survey",
        "answers": "problem",
        "language": "fr",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CM",
        "text": (
            "Pour avoir un rendez-vous visa à Yaoundé, il faut passer par des intermédiaires qui "
            "revendent les créneaux en ligne à 150 000 francs CFA. Des étudiants perdent leur "
            "place à l'université parce que le visa arrive trop tard."
        ),
    },
    {
        "id": "s-080",
        "consultation": "survey",
        "answers": "solution",
        "language": "fr",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CM",
        "text": (
            "Les consulats devraient attribuer les rendez-vous nominativement, avec une pièce "
            "d'identité vérifiée, et accepter le dépôt du dossier complet en ligne. Un visa "
            "électronique éviterait aussi plusieurs voyages à Douala."
        ),
    },
    {
        "id": "s-081",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 2,
        "organisation": "West African Free Movement Commission",
        "stakeholder_kind": "international_organisation",
        "country": "NG",
        "text": (
            "Officers at the Seme and Aflao border posts still ask ECOWAS citizens for papers the "
            "protocol abolished, and each State reads the right of residence in its own way. "
            "Traders and builders lose days and money at every crossing."
        ),
    },
    {
        "id": "s-082",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 2,
        "organisation": "West African Free Movement Commission",
        "stakeholder_kind": "international_organisation",
        "country": "NG",
        "text": (
            "Member States should adopt one regional labour mobility framework with a common "
            "residence card and review its application together every year. We can train border "
            "staff from neighbouring countries side by side and publish a compliance scorecard."
        ),
    },
    {
        "id": "s-083",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "business",
        "country": "KE",
        "text": (
            "Speaking for a commercial bank in Nairobi: correspondent banks in Europe and the US "
            "keep closing the accounts of small remittance companies over compliance costs, "
            "pushing Kenyans abroad back to expensive or informal channels. Fees from London to "
            "Nairobi have gone up again."
        ),
    },
    {
        "id": "s-084",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "business",
        "country": "KE",
        "text": (
            "Regulators on both sides should agree on one digital customer identification "
            "standard, so a sender verified in the UK is not checked all over again in Kenya. "
            "Banks could then offer transfers straight to M-Pesa for under 2 percent."
        ),
    },
    {
        "id": "s-085",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 8,
        "organisation": "Stockholm Integration Forum",
        "stakeholder_kind": "civil_society",
        "country": "SE",
        "text": (
            "Public debate and media coverage in Sweden mention newcomers almost only in "
            "connection with gang crime, and young people tell our volunteers they feel rejected. "
            "The negative narrative shapes how employers and neighbours see them."
        ),
    },
    {
        "id": "s-086",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 8,
        "organisation": "Stockholm Integration Forum",
        "stakeholder_kind": "civil_society",
        "country": "SE",
        "text": (
            "Counter the negative narrative with storytelling projects where newcomers and "
            "long-time residents make short films together, shown on regional TV, and guidance for "
            "journalists and press officers on avoiding stereotypes."
        ),
    },
    {
        "id": "s-087",
        "consultation": "survey",
        "answers": "problem",
        "language": "en",
        "theme": 5,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "LK",
        "text": (
            "Since I returned to Matara after eight years abroad, I have not found a way to "
            "restart my life here. No employer counts my experience, and the government helpline "
            "only asked whether I wanted to migrate again."
        ),
    },
    {
        "id": "s-088",
        "consultation": "survey",
        "answers": "solution",
        "language": "en",
        "theme": 5,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "LK",
        "text": (
            "Each divisional secretariat should have a reintegration officer who helps returnees "
            "find local work or training. A returnee support group in every district would also "
            "let those of us who came back support each other."
        ),
    },
    {
        "id": "s-089",
        "consultation": "survey",
        "answers": "problem",
        "language": "es",
        "theme": 2,
        "organisation": "Inter-American Observatory on Human Mobility",
        "stakeholder_kind": "international_organisation",
        "country": "PA",
        "text": (
            "En Sudamérica cada país creó su propio permiso para venezolanos, con reglas "
            "distintas, y quien cruza de un país a otro empieza de cero. Falta coordinación "
            "regional: no hay un espacio donde los ministerios de trabajo armonicen la movilidad "
            "laboral."
        ),
    },
    {
        "id": "s-090",
        "consultation": "survey",
        "answers": "solution",
        "language": "es",
        "theme": 2,
        "organisation": "Inter-American Observatory on Human Mobility",
        "stakeholder_kind": "international_organisation",
        "country": "PA",
        "text": (
            "Proponemos que el Proceso de Quito y el Mercosur coordinen un marco regional de "
            "movilidad laboral, con reglas comunes que apliquen todos los países miembros. El "
            "Observatorio puede comparar las normas vigentes y dar seguimiento cada año."
        ),
    },
    # Thematic breakouts: three contributions each.
    {
        "id": "b-001",
        "consultation": "bo-af-coordination",
        "answers": "note",
        "language": "en",
        "theme": 2,
        "organisation": "Continental Labour Migration Secretariat",
        "stakeholder_kind": "international_organisation",
        "country": "ET",
        "text": (
            "The ECOWAS, EAC and SADC free movement protocols each define a 'worker' differently, "
            "so an electrician moving from Kenya to Rwanda and one moving to Zambia face unrelated "
            "rules. The Secretariat offered to draft a shared list of occupations that the "
            "regional economic communities could adopt together."
        ),
    },
    {
        "id": "b-002",
        "consultation": "bo-af-coordination",
        "answers": "problem",
        "language": "fr",
        "theme": 2,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "CI",
        "text": (
            "Entre la Côte d'Ivoire, le Burkina Faso et le Mali, il n'existe aucune coordination "
            "régionale de la mobilité de la main-d'œuvre : chaque ministère du travail fixe ses "
            "règles seul, alors que les saisonniers du cacao passent les frontières chaque année."
        ),
    },
    {
        "id": "b-003",
        "consultation": "bo-af-coordination",
        "answers": "solution",
        "language": "en",
        "theme": 2,
        "organisation": "Ministry of Foreign Affairs and Regional Integration, Ghana",
        "stakeholder_kind": "national_government",
        "country": "GH",
        "text": (
            "Ghana would back a standing technical committee of ECOWAS labour ministries that "
            "meets twice a year to align work permit rules and exchange vacancy figures. The West "
            "African Free Movement Commission could host its secretariat."
        ),
    },
    {
        "id": "b-004",
        "consultation": "bo-af-return",
        "answers": "problem",
        "language": "en",
        "theme": 5,
        "organisation": "Addis Domestic Workers Support Centre",
        "stakeholder_kind": "civil_society",
        "country": "ET",
        "text": (
            "Women returning to Addis Ababa after years of domestic work abroad need far more than "
            "two weeks of shelter: they need help to rebuild a life at home. Our counselling ends "
            "early, and then no one helps returnees find work, housing or a way back into their "
            "community."
        ),
    },
    {
        "id": "b-005",
        "consultation": "bo-af-return",
        "answers": "note",
        "language": "fr",
        "theme": 5,
        "organisation": "Directorate-General for Senegalese Abroad, Senegal",
        "stakeholder_kind": "national_government",
        "country": "SN",
        "text": (
            "La DGSE a présenté son dispositif de réinsertion pour les Sénégalais de retour "
            "d'Europe : bilan de compétences, accompagnement vers l'emploi et suivi pendant un an. "
            "Le groupe a noté qu'à Thiès et à Kolda, à peine un tiers des personnes revenues le "
            "connaissent."
        ),
    },
    {
        "id": "b-006",
        "consultation": "bo-af-return",
        "answers": "solution",
        "language": "en",
        "theme": 5,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "NG",
        "text": (
            "Returnees in Benin City should be able to walk into one reintegration centre that "
            "links them to training, trauma support and start-up help, instead of being sent "
            "between five agencies. People who came back years ago and rebuilt their lives could "
            "work there as peer mentors."
        ),
    },
    {
        "id": "b-007",
        "consultation": "bo-af-remit",
        "answers": "problem",
        "language": "en",
        "theme": 11,
        "organisation": "Pan-African Diaspora Investment Foundation",
        "stakeholder_kind": "donor",
        "country": "ZA",
        "text": (
            "Sending 200 dollars from Johannesburg to Harare or Lilongwe still costs 15 percent or "
            "more, among the highest prices anywhere. Cross-border bus drivers who carry cash are "
            "cheaper, but parcels of money go missing on the road."
        ),
    },
    {
        "id": "b-008",
        "consultation": "bo-af-remit",
        "answers": "note",
        "language": "fr",
        "theme": 11,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "ML",
        "text": (
            "Les participants maliens ont expliqué que les familles de la région de Kayes "
            "reçoivent encore l'essentiel des envois par des intermédiaires informels, faute "
            "d'agence bancaire à moins de cinquante kilomètres. Le transfert par téléphone existe, "
            "mais les frais de retrait en espèces restent lourds."
        ),
    },
    {
        "id": "b-009",
        "consultation": "bo-af-remit",
        "answers": "solution",
        "language": "en",
        "theme": 11,
        "organisation": "Alliance for Affordable Remittances",
        "stakeholder_kind": "international_organisation",
        "country": "CH",
        "text": (
            "Central banks in Southern Africa could let licensed money transfer operators connect "
            "directly to their instant payment switches, as Ghana and Kenya have begun to do. The "
            "Alliance would publish a quarterly price comparison for the ten busiest corridors so "
            "that senders can shop around."
        ),
    },
    {
        "id": "b-010",
        "consultation": "bo-am-data",
        "answers": "problem",
        "language": "es",
        "theme": 1,
        "organisation": "Mayor's Office of Bogotá",
        "stakeholder_kind": "local_government",
        "country": "CO",
        "text": (
            "En Bogotá sabemos cuántos venezolanos tienen el permiso de protección temporal, pero "
            "no en qué localidades viven ni cuántos niños migrantes pedirán cupo escolar el año "
            "que viene. Sin ese dato por barrio planificamos colegios y centros de salud a ciegas."
        ),
    },
    {
        "id": "b-011",
        "consultation": "bo-am-data",
        "answers": "note",
        "language": "en",
        "theme": 1,
        "organisation": "Harbor Light Foundation",
        "stakeholder_kind": "donor",
        "country": "US",
        "text": (
            "Censuses in the region are ten years apart and miss everyone who arrived since. "
            "Several cities already count people at their service counters but publish nothing, "
            "and each municipality uses its own format, so the numbers cannot be added up."
        ),
    },
    {
        "id": "b-012",
        "consultation": "bo-am-data",
        "answers": "solution",
        "language": "es",
        "theme": 1,
        "organisation": "Andean Institute for Human Mobility Studies",
        "stakeholder_kind": "academia",
        "country": "PE",
        "text": (
            "Proponemos un observatorio urbano compartido por Lima, Quito y Bogotá que cruce los "
            "registros municipales de salud, educación y empleo con encuestas breves en los "
            "barrios, usando las mismas variables en las tres ciudades. En seis meses podríamos "
            "capacitar a los equipos de estadística municipales."
        ),
    },
    {
        "id": "b-013",
        "consultation": "bo-am-digital",
        "answers": "problem",
        "language": "es",
        "theme": 4,
        "organisation": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
        "stakeholder_kind": "national_government",
        "country": "EC",
        "text": (
            "Las citas para visa en nuestros consulados se agotan en minutos y aparecen "
            "tramitadores que las revenden a 300 dólares. Además, los solicitantes siguen "
            "presentando papeles apostillados que el sistema podría verificar en línea."
        ),
    },
    {
        "id": "b-014",
        "consultation": "bo-am-digital",
        "answers": "note",
        "language": "en",
        "theme": 4,
        "organisation": "Immigration, Refugees and Citizenship Canada",
        "stakeholder_kind": "national_government",
        "country": "CA",
        "text": (
            "IRCC explained that moving work permit applications fully online brought average "
            "processing down from four months to seven weeks. Applicants without a reliable "
            "connection or a scanner fell behind, and the group asked for assisted digital "
            "counters in consulates."
        ),
    },
    {
        "id": "b-015",
        "consultation": "bo-am-digital",
        "answers": "solution",
        "language": "es",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "migrant_or_diaspora",
        "country": "CO",
        "text": (
            "Que la solicitud, el pago y el seguimiento del permiso de residencia se hagan en una "
            "sola plataforma en línea, con avisos por WhatsApp, y que el carné llegue en formato "
            "digital. Así no tendríamos que viajar tres veces a Cúcuta por un sello."
        ),
    },
    {
        "id": "b-016",
        "consultation": "bo-am-narratives",
        "answers": "problem",
        "language": "es",
        "theme": 8,
        "organisation": "Ecuadorian Network for Human Mobility",
        "stakeholder_kind": "civil_society",
        "country": "EC",
        "text": (
            "Después de cada crimen en Guayaquil, los noticieros destacan la nacionalidad del "
            "sospechoso si es venezolano y las redes sociales se llenan de odio. Ya hay vecinos "
            "que se niegan a alquilar a familias migrantes."
        ),
    },
    {
        "id": "b-017",
        "consultation": "bo-am-narratives",
        "answers": "note",
        "language": "en",
        "theme": 8,
        "organisation": "",
        "stakeholder_kind": "academia",
        "country": "CL",
        "text": (
            "A researcher from Santiago presented polling showing that Chileans believe there are "
            "about three times more migrants than there really are. Stories about migrant nurses "
            "and bus drivers during the pandemic softened opinion for a while, but the effect was "
            "gone within a year."
        ),
    },
    {
        "id": "b-018",
        "consultation": "bo-am-narratives",
        "answers": "solution",
        "language": "fr",
        "theme": 8,
        "organisation": "City of Montréal",
        "stakeholder_kind": "local_government",
        "country": "CA",
        "text": (
            "Montréal est prête à partager sa campagne de quartier, écrite avec des résidents "
            "immigrants, avec d'autres villes des Amériques. Il faudrait y associer les médias "
            "locaux et les clubs sportifs, pour que le message vienne des voisins plutôt que de la "
            "mairie."
        ),
    },
    {
        "id": "b-019",
        "consultation": "bo-as-recruit",
        "answers": "problem",
        "language": "en",
        "theme": 9,
        "organisation": "Federation of Nepalese Recruitment Agencies",
        "stakeholder_kind": "business",
        "country": "NP",
        "text": (
            "Agencies in our federation that refuse to charge recruitment fees lose business to "
            "rivals that quietly collect 1,500 dollars from each worker and share it with hiring "
            "managers in Qatar or Malaysia. Ethical recruiters cannot compete while fee-charging "
            "goes unpunished."
        ),
    },
    {
        "id": "b-020",
        "consultation": "bo-as-recruit",
        "answers": "note",
        "language": "en",
        "theme": 9,
        "organisation": "Indonesian Migrant Workers' Families Association",
        "stakeholder_kind": "civil_society",
        "country": "ID",
        "text": (
            "Families from Banyuwangi and Ponorogo described village brokers who charge "
            "recruitment fees, lend the money at high interest and keep the worker's passport "
            "until the debt is repaid. Few knew the law caps what recruiters may charge."
        ),
    },
    {
        "id": "b-021",
        "consultation": "bo-as-recruit",
        "answers": "solution",
        "language": "en",
        "theme": 9,
        "organisation": "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
        "stakeholder_kind": "national_government",
        "country": "BD",
        "text": (
            "Bangladesh suggested a joint blacklist of recruitment agencies and sub-agents caught "
            "charging fees to workers, shared by origin and destination governments. Any fee "
            "receipt would be checked at the airport, and fee-charging recruiters would lose their "
            "licence."
        ),
    },
    {
        "id": "b-022",
        "consultation": "bo-as-skills",
        "answers": "problem",
        "language": "en",
        "theme": 6,
        "organisation": "Lanka Skills Placement Ltd",
        "stakeholder_kind": "business",
        "country": "LK",
        "text": (
            "Caregivers we train in Colombo to Japanese standards must sit the full exam again "
            "once they land, because their Sri Lankan vocational qualification is not recognised. "
            "Many end up hired as cleaners, far below their skill level."
        ),
    },
    {
        "id": "b-023",
        "consultation": "bo-as-skills",
        "answers": "note",
        "language": "en",
        "theme": 6,
        "organisation": "Asian Regional Secretariat on Overseas Employment",
        "stakeholder_kind": "international_organisation",
        "country": "TH",
        "text": (
            "ARSOE shared a mapping of qualification frameworks in eleven origin countries: only "
            "three have compared their levels with a destination country's, so certificates are "
            "rarely recognised. Caregiving and construction trades were seen as the place to "
            "start."
        ),
    },
    {
        "id": "b-024",
        "consultation": "bo-as-skills",
        "answers": "solution",
        "language": "en",
        "theme": 6,
        "organisation": "Department of Migrant Workers, Philippines",
        "stakeholder_kind": "national_government",
        "country": "PH",
        "text": (
            "The Philippines offered to pilot mutual recognition of welding and electrical "
            "certificates with two Gulf States, using joint testing centres in Manila and Cebu "
            "with assessors from both sides. Experience gained abroad should also be certified "
            "when workers come home."
        ),
    },
    {
        "id": "b-025",
        "consultation": "bo-as-wages",
        "answers": "problem",
        "language": "en",
        "theme": 0,
        "organisation": "Bangladesh Returnee Migrants' Union",
        "stakeholder_kind": "civil_society",
        "country": "BD",
        "text": (
            "Hundreds of our members were flown home from Saudi Arabia and Oman during the "
            "lockdowns without their last three months of pay or their end-of-service benefits. "
            "Back in Sylhet or Comilla, they have no way to file a claim in the country where they "
            "worked."
        ),
    },
    {
        "id": "b-026",
        "consultation": "bo-as-wages",
        "answers": "note",
        "language": "en",
        "theme": 0,
        "organisation": "Ministry of Labour, Employment and Social Security, Nepal",
        "stakeholder_kind": "national_government",
        "country": "NP",
        "text": (
            "Nepal's labour attachés can follow a claim for unpaid wages only while the worker is "
            "still abroad. Once a worker returns home and the visa expires, the wage file is "
            "closed, even when the employer has admitted the salary debt."
        ),
    },
    {
        "id": "b-027",
        "consultation": "bo-as-wages",
        "answers": "solution",
        "language": "en",
        "theme": 0,
        "organisation": "Institute for Mobility and Development, Dhaka",
        "stakeholder_kind": "academia",
        "country": "BD",
        "text": (
            "A regional mechanism could let returned workers claim their unpaid wages from home "
            "through their embassy, using salary records from the destination country as evidence. "
            "We can document 500 cases of wage theft from our household panel to show what is at "
            "stake."
        ),
    },
    {
        "id": "b-028",
        "consultation": "bo-eu-pathways",
        "answers": "problem",
        "language": "en",
        "theme": 3,
        "organisation": "Federal Ministry of Labour and Social Affairs, Germany",
        "stakeholder_kind": "national_government",
        "country": "DE",
        "text": (
            "Care homes in Germany report tens of thousands of unfilled posts, yet the "
            "skilled-worker visa brought in only a few thousand nurses from outside the EU last "
            "year. Employers in small towns do not know where to look for candidates abroad and "
            "give up after one refusal."
        ),
    },
    {
        "id": "b-029",
        "consultation": "bo-eu-pathways",
        "answers": "note",
        "language": "en",
        "theme": 3,
        "organisation": "Ministry of Inclusion, Social Security and Migration, Spain",
        "stakeholder_kind": "national_government",
        "country": "ES",
        "text": (
            "Spain presented its circular migration scheme, a legal pathway that lets workers come "
            "for the farm season with a visa and a signed job offer before they travel. The group "
            "discussed opening similar legal routes in hospitality and construction, where "
            "vacancies stay unfilled."
        ),
    },
    {
        "id": "b-030",
        "consultation": "bo-eu-pathways",
        "answers": "solution",
        "language": "fr",
        "theme": 3,
        "organisation": "Ministry of Social Affairs, Tunisia",
        "stakeholder_kind": "national_government",
        "country": "TN",
        "text": (
            "La Tunisie propose une voie légale de migration de travail avec des régions "
            "françaises et italiennes : un vivier de candidats formés, des offres d'emploi "
            "publiées à Tunis et à Sfax et des visas de travail délivrés en six semaines."
        ),
    },
    {
        "id": "b-031",
        "consultation": "bo-eu-finance",
        "answers": "problem",
        "language": "en",
        "theme": 7,
        "organisation": "Danube Centre for Migration Policy Cooperation",
        "stakeholder_kind": "international_organisation",
        "country": "AT",
        "text": (
            "Most mobility partnerships we support stop when the two-year pilot grant runs out, "
            "because no ministry has a budget line to fund them further. Employers benefit but "
            "contribute nothing to the cost, so financing is never sustainable."
        ),
    },
    {
        "id": "b-032",
        "consultation": "bo-eu-finance",
        "answers": "note",
        "language": "en",
        "theme": 7,
        "organisation": "Rheinland Foundation for Fair Mobility",
        "stakeholder_kind": "donor",
        "country": "DE",
        "text": (
            "The foundation described co-financing a mechatronics school in Morocco where German "
            "firms pay a fee for each graduate they hire. Participants asked whether such fees "
            "could be pooled into a revolving fund serving several partnerships at once."
        ),
    },
    {
        "id": "b-033",
        "consultation": "bo-eu-finance",
        "answers": "solution",
        "language": "fr",
        "theme": 7,
        "organisation": "Swiss Cooperation Fund for Migration and Development",
        "stakeholder_kind": "donor",
        "country": "CH",
        "text": (
            "Nous proposons un fonds commun alimenté à parts égales par les bailleurs, les "
            "employeurs européens et les pays d'origine. Les partenariats qui atteignent leurs "
            "objectifs de placement recevraient un financement de relais sur cinq ans."
        ),
    },
    {
        "id": "b-034",
        "consultation": "bo-eu-data",
        "answers": "problem",
        "language": "en",
        "theme": 1,
        "organisation": "City of Gothenburg",
        "stakeholder_kind": "local_government",
        "country": "SE",
        "text": (
            "Each month Gothenburg receives national asylum statistics, but nothing that tells us "
            "how many newcomers will settle in Angered or Hisingen next year. Preschool places and "
            "Swedish classes are planned on guesswork."
        ),
    },
    {
        "id": "b-035",
        "consultation": "bo-eu-data",
        "answers": "note",
        "language": "en",
        "theme": 1,
        "organisation": "City of Milan",
        "stakeholder_kind": "local_government",
        "country": "IT",
        "text": (
            "Milan's registry office and its social services use different identifiers, so one "
            "young migrant can appear three times in the figures or not at all. The group agreed "
            "that cities need clear permission and guidance to link their own records safely."
        ),
    },
    {
        "id": "b-036",
        "consultation": "bo-eu-data",
        "answers": "solution",
        "language": "fr",
        "theme": 1,
        "organisation": "",
        "stakeholder_kind": "local_government",
        "country": "BE",
        "text": (
            "Les communes bruxelloises pourraient tenir un tableau de bord trimestriel des "
            "nouveaux arrivants par quartier, nourri par l'état civil, les écoles et les CPAS, "
            "avec des règles de protection des données validées par l'autorité compétente. Un "
            "format commun permettrait ensuite de comparer Bruxelles, Liège et Lyon."
        ),
    },
    {
        "id": "b-037",
        "consultation": "bo-oc-climate",
        "answers": "problem",
        "language": "en",
        "theme": 10,
        "organisation": "Pacific Islands Climate Mobility Network",
        "stakeholder_kind": "civil_society",
        "country": "WS",
        "text": (
            "In Tuvalu and Kiribati families are already deciding whether their children should "
            "finish school abroad, because the groundwater is turning salty. They want to move "
            "with dignity and as communities, not as individual visa holders scattered across "
            "Auckland."
        ),
    },
    {
        "id": "b-038",
        "consultation": "bo-oc-climate",
        "answers": "note",
        "language": "en",
        "theme": 10,
        "organisation": "Suva City Council",
        "stakeholder_kind": "local_government",
        "country": "FJ",
        "text": (
            "Suva reported that more than 40 households from low-lying villages on Vanua Levu and "
            "in the Lau group arrived in informal settlements last year. The council has no budget "
            "for serviced land, and the national relocation guidelines say nothing about towns."
        ),
    },
    {
        "id": "b-039",
        "consultation": "bo-oc-climate",
        "answers": "solution",
        "language": "fr",
        "theme": 10,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "VU",
        "text": (
            "Le Vanuatu souhaite un accord régional qui permette aux habitants des îles menacées "
            "par la montée des eaux de s'installer dans un pays voisin en gardant leur nationalité "
            "et leurs droits fonciers coutumiers. La préparation doit commencer maintenant, pas "
            "après le prochain cyclone."
        ),
    },
    {
        "id": "b-040",
        "consultation": "bo-oc-coordination",
        "answers": "problem",
        "language": "en",
        "theme": 2,
        "organisation": "Regional Labour Mobility Office for the Pacific",
        "stakeholder_kind": "international_organisation",
        "country": "FJ",
        "text": (
            "Every Pacific country negotiates labour mobility on its own, so Tonga and Samoa "
            "compete for the same jobs and undercut each other on conditions. There is no regional "
            "coordination, and small countries like Tuvalu and Nauru barely get a seat at the "
            "table."
        ),
    },
    {
        "id": "b-041",
        "consultation": "bo-oc-coordination",
        "answers": "note",
        "language": "en",
        "theme": 2,
        "organisation": "Ministry of Commerce, Industry and Labour, Samoa",
        "stakeholder_kind": "national_government",
        "country": "WS",
        "text": (
            "Samoa said sending countries should coordinate as a region on caps, rotation and "
            "common standards instead of each setting its own rules for seasonal work. A regional "
            "meeting of labour ministers once a year would be a start."
        ),
    },
    {
        "id": "b-042",
        "consultation": "bo-oc-coordination",
        "answers": "solution",
        "language": "en",
        "theme": 2,
        "organisation": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
        "stakeholder_kind": "national_government",
        "country": "FJ",
        "text": (
            "Fiji proposed a Pacific labour mobility compact: sending governments agree on minimum "
            "conditions, share one pool of work-ready candidates and negotiate jointly with "
            "destination countries. The regional office would manage the pool and report after "
            "each season."
        ),
    },
    {
        "id": "b-043",
        "consultation": "bo-oc-remit",
        "answers": "problem",
        "language": "en",
        "theme": 11,
        "organisation": "Centre for Pacific Labour Mobility Research",
        "stakeholder_kind": "academia",
        "country": "AU",
        "text": (
            "Our surveys show seasonal workers in Queensland pay about 9 percent on average to "
            "send money to Tonga and Vanuatu, and more whenever banks close the accounts of "
            "transfer operators over compliance worries. Some now simply carry cash home at the "
            "end of the season."
        ),
    },
    {
        "id": "b-044",
        "consultation": "bo-oc-remit",
        "answers": "note",
        "language": "en",
        "theme": 11,
        "organisation": "Pacific Churches Mobility Desk",
        "stakeholder_kind": "other",
        "country": "TO",
        "text": (
            "Church volunteers described workers queuing on Saturdays at the only money transfer "
            "shop in Mildura, and paying twice the fee elsewhere when it runs out of cash. Many "
            "asked for a way to send money to Nuku'alofa straight from their phones."
        ),
    },
    {
        "id": "b-045",
        "consultation": "bo-oc-remit",
        "answers": "solution",
        "language": "en",
        "theme": 11,
        "organisation": "Australian Pacific Partnerships Fund",
        "stakeholder_kind": "donor",
        "country": "AU",
        "text": (
            "APPF could fund a shared digital wallet linked to workers' Australian bank accounts, "
            "with free transfers to mobile money in Tonga, Samoa and Vanuatu for the first two "
            "years. The reserve banks on both sides would have to agree on a lighter identity "
            "check."
        ),
    },
    {
        "id": "b-046",
        "consultation": "bo-wa-wages",
        "answers": "problem",
        "language": "en",
        "theme": 0,
        "organisation": "Central Organisation of Trade Unions, Kenya: Migrant Workers Desk",
        "stakeholder_kind": "other",
        "country": "KE",
        "text": (
            "Kenyan domestic workers who flee abusive employers in Riyadh are deported before "
            "their labour case is heard, and the wages they are owed are simply forgotten. By the "
            "time they land in Mombasa the contract has been cancelled and the claim is gone."
        ),
    },
    {
        "id": "b-047",
        "consultation": "bo-wa-wages",
        "answers": "note",
        "language": "en",
        "theme": 0,
        "organisation": "Ministry of Human Resources and Emiratisation, United Arab Emirates",
        "stakeholder_kind": "national_government",
        "country": "AE",
        "text": (
            "The UAE presented its wage protection system and an insurance scheme covering up to "
            "20,000 dirhams of unpaid salary when a company goes bankrupt. Participants asked "
            "whether workers who have already gone home can still recover wages owed to them."
        ),
    },
    {
        "id": "b-048",
        "consultation": "bo-wa-wages",
        "answers": "solution",
        "language": "fr",
        "theme": 0,
        "organisation": "",
        "stakeholder_kind": "civil_society",
        "country": "LB",
        "text": (
            "Au Liban, des travailleuses éthiopiennes et sri-lankaises sont reparties sans leur "
            "salaire après la crise bancaire. Nous proposons qu'une part du salaire soit versée "
            "chaque mois sur un compte de garantie que la travailleuse peut réclamer depuis son "
            "pays, par son consulat, même après le retour."
        ),
    },
    {
        "id": "b-049",
        "consultation": "bo-wa-recruit",
        "answers": "problem",
        "language": "en",
        "theme": 9,
        "organisation": "Doha Contractors' Forum",
        "stakeholder_kind": "business",
        "country": "QA",
        "text": (
            "Contractors willing to reimburse recruitment fees cannot find out what their workers "
            "really paid to agents in Nepal or Bangladesh, because sub-agents give no receipts. "
            "Audits of our supply chains keep finding recruitment debts of over 1,000 dollars."
        ),
    },
    {
        "id": "b-050",
        "consultation": "bo-wa-recruit",
        "answers": "note",
        "language": "en",
        "theme": 9,
        "organisation": "Gulf Ethical Hiring Alliance",
        "stakeholder_kind": "business",
        "country": "AE",
        "text": (
            "The Alliance reported that 38 member companies have paid back recruitment fees that "
            "brokers had charged their workers since 2023. Members want a shared list of fee-free, "
            "vetted recruitment agencies so that ethical recruitment does not depend on each "
            "company's own checks."
        ),
    },
    {
        "id": "b-051",
        "consultation": "bo-wa-recruit",
        "answers": "solution",
        "language": "en",
        "theme": 9,
        "organisation": "Amman Centre for Migrant Domestic Workers",
        "stakeholder_kind": "civil_society",
        "country": "JO",
        "text": (
            "Domestic workers coming to Jordan should be recruited fairly: no recruitment fees "
            "charged to them by brokers in Kampala or Addis Ababa, a standard contract in their "
            "own language, and recruitment agencies inspected every quarter."
        ),
    },
    {
        "id": "b-052",
        "consultation": "bo-wa-digital",
        "answers": "problem",
        "language": "en",
        "theme": 4,
        "organisation": "Ministry of Labour, Jordan",
        "stakeholder_kind": "national_government",
        "country": "JO",
        "text": (
            "Syrian refugees cannot renew their work permits online; they must come in person "
            "every year to Amman or Irbid. Because our permit files are on paper, we cannot "
            "quickly check digitally whether someone already holds a permit."
        ),
    },
    {
        "id": "b-053",
        "consultation": "bo-wa-digital",
        "answers": "note",
        "language": "fr",
        "theme": 4,
        "organisation": "",
        "stakeholder_kind": "national_government",
        "country": "LB",
        "text": (
            "Le groupe a discuté des plateformes de visa électronique du Golfe, rapides pour les "
            "employeurs mais opaques pour les travailleurs. Un accès en ligne du travailleur à son "
            "dossier numérique, dans sa langue, a été jugé prioritaire."
        ),
    },
    {
        "id": "b-054",
        "consultation": "bo-wa-digital",
        "answers": "solution",
        "language": "en",
        "theme": 4,
        "organisation": "Gulf Labour Markets Research Centre",
        "stakeholder_kind": "academia",
        "country": "QA",
        "text": (
            "Origin and destination countries could connect their online e-migration and e-visa "
            "systems, so the record approved in Dhaka or Kathmandu is the one the Gulf ministry "
            "uses to issue the visa. Digital signatures and a shared database would remove paper "
            "steps."
        ),
    },
    # Partnership-matching pitches.
    {
        "id": "m-001",
        "consultation": "ms-pathways",
        "answers": "pitch",
        "language": "en",
        "theme": 3,
        "organisation": "Rhein-Main Care Staffing",
        "stakeholder_kind": "business",
        "country": "DE",
        "text": (
            "We propose a nurse mobility partnership between the Philippines' Department of "
            "Migrant Workers, our agency and three hospitals in Frankfurt and Wiesbaden. The "
            "Department preselects candidates and runs pre-departure orientation, we pay for "
            "German classes up to B2 in Manila, and the hospitals sign job offers before training "
            "starts, so nobody studies for a post that does not exist."
        ),
    },
    {
        "id": "m-002",
        "consultation": "ms-pathways",
        "answers": "pitch",
        "language": "en",
        "theme": 6,
        "organisation": "Northbridge Tech Talent Network",
        "stakeholder_kind": "business",
        "country": "CA",
        "text": (
            "Northbridge, the Maple Leaf Foundation for Newcomers and IRCC could build a practical "
            "skills assessment for refugee software engineers whose diplomas were lost or cannot "
            "be verified. Our firms bring the tests and the job offers, the Foundation pays for "
            "bridging courses, and IRCC accepts the assessment in place of the missing degree."
        ),
    },
    {
        "id": "m-003",
        "consultation": "ms-return",
        "answers": "pitch",
        "language": "en",
        "theme": 0,
        "organisation": "Sri Lanka Migrant Workers' Rights Network",
        "stakeholder_kind": "civil_society",
        "country": "LK",
        "text": (
            "We are looking for partners in a cross-border wage recovery desk for returned "
            "workers. Our village centres in Kurunegala would register claims for unpaid salaries, "
            "the Gulf Labour Markets Research Centre would help trace employers, and a Gulf labour "
            "ministry would accept the files without the worker travelling back. We still need a "
            "destination State to lead."
        ),
    },
    {
        "id": "m-004",
        "consultation": "ms-return",
        "answers": "pitch",
        "language": "fr",
        "theme": 5,
        "organisation": "Senegalese Women Migrants' Collective",
        "stakeholder_kind": "civil_society",
        "country": "SN",
        "text": (
            "Le Collectif propose un partenariat pour la réinsertion des jeunes revenus d'Italie à "
            "Thiaroye, avec la DGSE et la ville de Milan. Milan finance des formations à la "
            "transformation des produits de la mer, la DGSE assure le suivi des personnes de "
            "retour, et notre réseau de femmes accompagne les familles pendant la première année."
        ),
    },
    {
        "id": "m-005",
        "consultation": "ms-data",
        "answers": "pitch",
        "language": "en",
        "theme": 1,
        "organisation": "Greater Amman Municipality",
        "stakeholder_kind": "local_government",
        "country": "JO",
        "text": (
            "Greater Amman, Nairobi City County and the Harbor Light Foundation could build a "
            "shared neighbourhood dashboard on new arrivals to guide where clinics, schools and "
            "water lines go. Amman brings its GIS unit and service records, Nairobi its trader "
            "licensing data, and the Foundation funds a data scientist for two years; each city "
            "keeps control of its own records."
        ),
    },
    {
        "id": "m-006",
        "consultation": "ms-data",
        "answers": "pitch",
        "language": "es",
        "theme": 4,
        "organisation": "Secretariat of Foreign Affairs, Mexico",
        "stakeholder_kind": "national_government",
        "country": "MX",
        "text": (
            "La Cancillería mexicana, la colombiana y el Observatorio Interamericano proponen un "
            "sistema consular en línea para citas, pasaportes y visas con datos interoperables. "
            "México aporta su plataforma de citas digitales, Colombia su experiencia con el "
            "permiso de protección temporal en línea, y el Observatorio mide los tiempos de espera "
            "antes y después."
        ),
    },
    {
        "id": "m-007",
        "consultation": "ms-recruitment",
        "answers": "pitch",
        "language": "en",
        "theme": 9,
        "organisation": "Nordic Fund for Safe Migration",
        "stakeholder_kind": "donor",
        "country": "NO",
        "text": (
            "We would co-fund a fair recruitment corridor from Nepal to the Gulf in which no "
            "worker pays a recruitment fee. The Federation of Nepalese Recruitment Agencies binds "
            "its members to zero fees, the Gulf Ethical Hiring Alliance recruits only through "
            "those agencies, and Nepal's ministry checks for fee receipts at departure; our grant "
            "pays for independent audits of recruiters for three years."
        ),
    },
    {
        "id": "m-008",
        "consultation": "ms-recruitment",
        "answers": "pitch",
        "language": "en",
        "theme": 2,
        "organisation": "Asian Regional Secretariat on Overseas Employment",
        "stakeholder_kind": "international_organisation",
        "country": "TH",
        "text": (
            "ARSOE proposes a regional coordination platform through which Nepal, Bangladesh and "
            "Sri Lanka negotiate together with Malaysia on common minimum standards, instead of "
            "underbidding one another. Each ministry contributes a negotiator and its labour "
            "market figures; ARSOE provides the secretariat."
        ),
    },
    {
        "id": "m-009",
        "consultation": "ms-finance",
        "answers": "pitch",
        "language": "en",
        "theme": 7,
        "organisation": "Ministry of Labour and Social Protection, Kenya",
        "stakeholder_kind": "national_government",
        "country": "KE",
        "text": (
            "Kenya seeks partners for a blended fund behind its labour mobility partnerships. The "
            "Treasury would guarantee training loans, European and Nordic donors would give grants "
            "for the first cohorts, and employers abroad would repay part of the cost through a "
            "fee per hire. The Swiss Cooperation Fund has offered to help write the fund rules."
        ),
    },
    {
        "id": "m-010",
        "consultation": "ms-finance",
        "answers": "pitch",
        "language": "es",
        "theme": 11,
        "organisation": "RemesaRápida",
        "stakeholder_kind": "business",
        "country": "MX",
        "text": (
            "RemesaRápida propone, con la Alianza para Remesas Asequibles y los bancos centrales "
            "de México y Guatemala, un corredor de envíos de bajo costo. Nosotros ponemos la "
            "aplicación y la red de agentes rurales, la Alianza publica los precios comparados y "
            "los bancos centrales abren su sistema de pagos inmediatos; la meta es un costo total "
            "menor al 3 %."
        ),
    },
    {
        "id": "m-011",
        "consultation": "ms-climate",
        "answers": "pitch",
        "language": "en",
        "theme": 10,
        "organisation": "Wellington Centre for Climate and Displacement Studies",
        "stakeholder_kind": "academia",
        "country": "NZ",
        "text": (
            "We propose a partnership on climate-driven relocation with the Government of Fiji and "
            "Suva City Council. Our Centre maps which coastal villages must move by 2040 as sea "
            "levels rise, Suva sets aside safe land, and the Government secures funding; we hope "
            "the Australian Pacific Partnerships Fund will join."
        ),
    },
    {
        "id": "m-012",
        "consultation": "ms-climate",
        "answers": "pitch",
        "language": "fr",
        "theme": 8,
        "organisation": "Tunis Centre for Migration Dialogue",
        "stakeholder_kind": "civil_society",
        "country": "TN",
        "text": (
            "Nous proposons un partenariat contre les discours de haine entre notre Centre, la "
            "Newsroom Alliance on Migration Reporting et la ville de Montréal : former 60 "
            "journalistes tunisiens à parler de la migration sans stéréotypes, publier un lexique "
            "en arabe et en français, et organiser des échanges avec des rédactions montréalaises."
        ),
    },
]
