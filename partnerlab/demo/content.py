"""Demo content for the Partnership Lab: organisations and one Lab cycle.

Everything here is fictional or placeholder data written for demonstrations.
Websites and e-mail addresses use reserved ``example.org`` / ``example.net``
domains only. People named in contacts are invented.
"""

from __future__ import annotations

ORGANISATIONS: list[dict] = [
    # ------------------------------------------------------------------
    # National governments
    # ------------------------------------------------------------------
    {
        "name": "Ministry of Labour and Social Protection, Kenya",
        "acronym": "MLSP",
        "kind": "national_government",
        "membership": "member_state",
        "country": "KE",
        "website": "https://labour-ke.example.org",
        "description": (
            "Oversees the licensing of private recruitment agencies and runs "
            "pre-departure orientation for Kenyans taking jobs in the Gulf and Europe."
        ),
        "contacts": [
            {
                "name": "Wanjiru Kamau",
                "title": "Director, Labour Migration Unit",
                "email": "w.kamau@labour-ke.example.org",
            },
            {
                "name": "Otieno Barasa",
                "title": "Senior Policy Officer",
                "email": "o.barasa@labour-ke.example.org",
            },
        ],
    },
    {
        "name": "Ministry in charge of Moroccans Living Abroad and Migration Affairs, Morocco",
        "acronym": "MCMRE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "MA",
        "website": "https://mre-ma.example.org",
        "description": (
            "Coordinates services for the Moroccan diaspora and leads national work "
            "on the integration of migrants from West and Central Africa who settle "
            "in Moroccan cities."
        ),
        "contacts": [
            {
                "name": "Salma Benjelloun",
                "title": "Head of Diaspora Engagement",
                "email": "s.benjelloun@mre-ma.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Foreign Affairs and Regional Integration, Ghana",
        "acronym": "MFARI",
        "kind": "national_government",
        "membership": "member_state",
        "country": "GH",
        "website": "https://mfa-gh.example.org",
        "description": (
            "Hosts the national diaspora affairs office and negotiates bilateral "
            "labour agreements on behalf of Ghanaian workers abroad."
        ),
        "contacts": [
            {
                "name": "Kwame Asante",
                "title": "Deputy Director, Diaspora Affairs",
                "email": "k.asante@mfa-gh.example.org",
            },
            {
                "name": "Efua Mensah",
                "title": "Legal Adviser, Consular Services",
                "email": "e.mensah@mfa-gh.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Labour and Skills, Ethiopia",
        "acronym": "MoLS",
        "kind": "national_government",
        "membership": "member_state",
        "country": "ET",
        "website": "https://mols-et.example.org",
        "description": (
            "Certifies the skills of outgoing domestic and construction workers and "
            "monitors their working conditions through labour attachés in the Middle East."
        ),
        "contacts": [
            {
                "name": "Hirut Tesfaye",
                "title": "Director, Overseas Employment",
                "email": "h.tesfaye@mols-et.example.org",
            },
        ],
    },
    {
        "name": "Directorate-General for Senegalese Abroad, Senegal",
        "acronym": "DGSE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "SN",
        "website": "https://dgse-sn.example.org",
        "description": (
            "Channels diaspora savings into local investment projects and supports "
            "Senegalese who return from Europe to restart businesses at home."
        ),
        "contacts": [
            {
                "name": "Mamadou Diallo",
                "title": "Director-General",
                "email": "m.diallo@dgse-sn.example.org",
            },
            {
                "name": "Aïssatou Ndiaye",
                "title": "Reintegration Programme Manager",
                "email": "a.ndiaye@dgse-sn.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Social Affairs, Tunisia",
        "acronym": "",
        "kind": "national_government",
        "membership": "non_member",
        "country": "TN",
        "website": "https://social-tn.example.org",
        "description": (
            "Extends social security coverage to Tunisian workers abroad and manages "
            "the portability of pensions under agreements with European States."
        ),
        "contacts": [
            {
                "name": "Youssef Ben Salah",
                "title": "Head of International Social Security",
                "email": "y.bensalah@social-tn.example.org",
            },
        ],
    },
    {
        "name": "Secretariat of Foreign Affairs, Mexico",
        "acronym": "SRE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "MX",
        "website": "https://sre-mx.example.org",
        "description": (
            "Runs a network of consulates that provide identity documents, legal "
            "advice and emergency help to Mexican nationals in North America."
        ),
        "contacts": [
            {
                "name": "Alejandra Ruiz Cárdenas",
                "title": "Director-General for Consular Protection",
                "email": "a.ruiz@sre-mx.example.org",
            },
            {
                "name": "Jorge Villanueva",
                "title": "Policy Adviser, Migration Affairs",
                "email": "j.villanueva@sre-mx.example.org",
            },
        ],
    },
    {
        "name": "Immigration, Refugees and Citizenship Canada",
        "acronym": "IRCC",
        "kind": "national_government",
        "membership": "member_state",
        "country": "CA",
        "website": "https://ircc-ca.example.org",
        "description": (
            "Designs Canada's economic immigration streams and funds settlement "
            "services that help newcomers find work matching their qualifications."
        ),
        "contacts": [
            {
                "name": "Priya Raghunathan",
                "title": "Director, International Migration Policy",
                "email": "p.raghunathan@ircc-ca.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Foreign Affairs and Human Mobility, Ecuador",
        "acronym": "MREMH",
        "kind": "national_government",
        "membership": "member_state",
        "country": "EC",
        "website": "https://cancilleria-ec.example.org",
        "description": (
            "Registers and regularises Venezuelan and Colombian nationals living in "
            "Ecuador while also serving Ecuadorian communities in Spain and the United States."
        ),
        "contacts": [
            {
                "name": "Gabriela Andrade",
                "title": "Undersecretary for Human Mobility",
                "email": "g.andrade@cancilleria-ec.example.org",
            },
            {
                "name": "Luis Quishpe",
                "title": "Analyst, Migration Statistics",
                "email": "l.quishpe@cancilleria-ec.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Foreign Affairs, Colombia",
        "acronym": "",
        "kind": "national_government",
        "membership": "member_state",
        "country": "CO",
        "website": "https://cancilleria-co.example.org",
        "description": (
            "Leads Colombia's temporary protection scheme for Venezuelan migrants and "
            "coordinates the issuing of residence permits with border departments."
        ),
        "contacts": [
            {
                "name": "Camila Restrepo",
                "title": "Coordinator, Migration Policy Group",
                "email": "c.restrepo@cancilleria-co.example.org",
            },
        ],
    },
    {
        "name": "Department of Migrant Workers, Philippines",
        "acronym": "DMW",
        "kind": "national_government",
        "membership": "member_state",
        "country": "PH",
        "website": "https://dmw-ph.example.org",
        "description": (
            "Accredits foreign employers, processes deployment of Filipino workers and "
            "seafarers, and runs welfare offices in major destination countries."
        ),
        "contacts": [
            {
                "name": "Maria Luisa Santos",
                "title": "Assistant Secretary, Policy and International Cooperation",
                "email": "ml.santos@dmw-ph.example.org",
            },
            {
                "name": "Ramon dela Cruz",
                "title": "Director, Reintegration Services",
                "email": "r.delacruz@dmw-ph.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Expatriates' Welfare and Overseas Employment, Bangladesh",
        "acronym": "MoEWOE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "BD",
        "website": "https://moewoe-bd.example.org",
        "description": (
            "Sets maximum recruitment fees, runs technical training centres for "
            "outgoing workers and manages a welfare fund for migrants and their families."
        ),
        "contacts": [
            {
                "name": "Farhana Rahman",
                "title": "Joint Secretary, Labour Migration",
                "email": "f.rahman@moewoe-bd.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Labour, Employment and Social Security, Nepal",
        "acronym": "MoLESS",
        "kind": "national_government",
        "membership": "member_state",
        "country": "NP",
        "website": "https://moless-np.example.org",
        "description": (
            "Administers the foreign employment permit system and a compensation fund "
            "for families of Nepali workers who are injured or die abroad."
        ),
        "contacts": [
            {
                "name": "Bishnu Prasad Adhikari",
                "title": "Joint Secretary, Foreign Employment Division",
                "email": "b.adhikari@moless-np.example.org",
            },
            {
                "name": "Sunita Gurung",
                "title": "Under Secretary, Bilateral Agreements",
                "email": "s.gurung@moless-np.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Manpower, Indonesia",
        "acronym": "",
        "kind": "national_government",
        "membership": "member_state",
        "country": "ID",
        "website": "https://manpower-id.example.org",
        "description": (
            "Regulates placement companies that send Indonesian workers to Malaysia, "
            "Taiwan and Hong Kong, and promotes one-stop migrant service centres in "
            "sending districts."
        ),
        "contacts": [
            {
                "name": "Dewi Lestari",
                "title": "Director, Placement and Protection of Migrant Workers",
                "email": "d.lestari@manpower-id.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Human Resources and Emiratisation, United Arab Emirates",
        "acronym": "MOHRE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "AE",
        "website": "https://mohre-ae.example.org",
        "description": (
            "Regulates private-sector employment contracts for foreign workers and runs "
            "a wage protection system that tracks salary payments electronically."
        ),
        "contacts": [
            {
                "name": "Hamad Al Mansoori",
                "title": "Director, International Relations",
                "email": "h.almansoori@mohre-ae.example.org",
            },
            {
                "name": "Noura Al Suwaidi",
                "title": "Labour Policy Specialist",
                "email": "n.alsuwaidi@mohre-ae.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Labour, Jordan",
        "acronym": "",
        "kind": "national_government",
        "membership": "non_member",
        "country": "JO",
        "website": "https://mol-jo.example.org",
        "description": (
            "Issues work permits to Syrian refugees and migrant workers in agriculture, "
            "construction and garment manufacturing."
        ),
        "contacts": [
            {
                "name": "Rania Haddad",
                "title": "Head of Work Permits Directorate",
                "email": "r.haddad@mol-jo.example.org",
            },
        ],
    },
    {
        "name": "Federal Ministry of Labour and Social Affairs, Germany",
        "acronym": "BMAS",
        "kind": "national_government",
        "membership": "member_state",
        "country": "DE",
        "website": "https://bmas-de.example.org",
        "description": (
            "Shapes Germany's skilled-worker immigration rules and funds recognition "
            "counselling for foreign professional qualifications, notably in nursing."
        ),
        "contacts": [
            {
                "name": "Katharina Vogel",
                "title": "Head of Division, Skilled Labour Migration",
                "email": "k.vogel@bmas-de.example.org",
            },
            {
                "name": "Emre Yıldırım",
                "title": "Policy Officer, Fair Recruitment",
                "email": "e.yildirim@bmas-de.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Inclusion, Social Security and Migration, Spain",
        "acronym": "",
        "kind": "national_government",
        "membership": "member_state",
        "country": "ES",
        "website": "https://inclusion-es.example.org",
        "description": (
            "Manages seasonal recruitment of farm workers from Morocco, Senegal and "
            "Latin America and funds reception programmes for new arrivals."
        ),
        "contacts": [
            {
                "name": "Lucía Fernández Ortega",
                "title": "Deputy Director-General for Labour Migration",
                "email": "l.fernandez@inclusion-es.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Justice, Sweden",
        "acronym": "",
        "kind": "national_government",
        "membership": "non_member",
        "country": "SE",
        "website": "https://justice-se.example.org",
        "description": (
            "Prepares legislation on work permits, asylum and family reunification and "
            "follows the evaluation of Sweden's labour-market integration measures."
        ),
        "contacts": [
            {
                "name": "Johan Lindqvist",
                "title": "Senior Adviser, Migration and Asylum Policy",
                "email": "j.lindqvist@justice-se.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Employment, Productivity and Industrial Relations, Fiji",
        "acronym": "MEPIR",
        "kind": "national_government",
        "membership": "member_state",
        "country": "FJ",
        "website": "https://employment-fj.example.org",
        "description": (
            "Selects and prepares Fijian workers for seasonal and longer-term schemes in "
            "Australia and New Zealand and tracks their welfare while abroad."
        ),
        "contacts": [
            {
                "name": "Litia Naivalu",
                "title": "Principal Labour Mobility Officer",
                "email": "l.naivalu@employment-fj.example.org",
            },
            {
                "name": "Ravindra Prasad",
                "title": "Labour Market Analyst",
                "email": "r.prasad@employment-fj.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Commerce, Industry and Labour, Samoa",
        "acronym": "MCIL",
        "kind": "national_government",
        "membership": "member_state",
        "country": "WS",
        "website": "https://mcil-ws.example.org",
        "description": (
            "Runs the national labour sending unit and works with village councils to "
            "limit the impact of worker absences on families and local businesses."
        ),
        "contacts": [
            {
                "name": "Tuiasosopo Faleolo",
                "title": "Assistant CEO, Labour Sending Unit",
                "email": "t.faleolo@mcil-ws.example.org",
            },
        ],
    },
    {
        "name": "Department of Employment and Workplace Relations, Australia",
        "acronym": "DEWR",
        "kind": "national_government",
        "membership": "member_state",
        "country": "AU",
        "website": "https://dewr-au.example.org",
        "description": (
            "Administers the Pacific labour mobility programme, approves employers and "
            "investigates complaints from workers about pay and accommodation."
        ),
        "contacts": [
            {
                "name": "Sarah Whitfield",
                "title": "Assistant Secretary, Pacific Labour Mobility",
                "email": "s.whitfield@dewr-au.example.org",
            },
            {
                "name": "Daniel Nguyen",
                "title": "Director, Worker Welfare",
                "email": "d.nguyen@dewr-au.example.org",
            },
        ],
    },
    {
        "name": "Ministry of Business, Innovation and Employment, New Zealand",
        "acronym": "MBIE",
        "kind": "national_government",
        "membership": "member_state",
        "country": "NZ",
        "website": "https://mbie-nz.example.org",
        "description": (
            "Sets the caps and employer rules for the Recognised Seasonal Employer scheme "
            "and publishes labour-shortage data used to plan temporary visas."
        ),
        "contacts": [
            {
                "name": "Aroha Te Rangi",
                "title": "Manager, Seasonal Labour Policy",
                "email": "a.terangi@mbie-nz.example.org",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Local governments
    # ------------------------------------------------------------------
    {
        "name": "City of Montréal",
        "acronym": "",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "CA",
        "website": "https://montreal-city.example.org",
        "description": (
            "Runs a newcomer office that guides recent arrivals, including people without "
            "status, to municipal services regardless of their immigration file."
        ),
        "contacts": [
            {
                "name": "Isabelle Tremblay",
                "title": "Director, Office for the Integration of Newcomers",
                "email": "i.tremblay@montreal-city.example.org",
            },
            {
                "name": "Mohamed Kaba",
                "title": "Community Liaison Officer",
                "email": "m.kaba@montreal-city.example.org",
            },
        ],
    },
    {
        "name": "Mayor's Office of Bogotá",
        "acronym": "",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "CO",
        "website": "https://bogota-city.example.org",
        "description": (
            "Operates integration centres that connect Venezuelan families with schools, "
            "health insurance enrolment and job placement in the capital."
        ),
        "contacts": [
            {
                "name": "Andrés Salazar",
                "title": "Adviser for Migration and Social Integration",
                "email": "a.salazar@bogota-city.example.org",
            },
        ],
    },
    {
        "name": "Mexico City Government",
        "acronym": "",
        "kind": "local_government",
        "membership": "non_member",
        "country": "MX",
        "website": "https://cdmx-gov.example.org",
        "description": (
            "Provides shelter and identity cards to people in transit from Central "
            "America and supports Mexicans deported from the United States."
        ),
        "contacts": [
            {
                "name": "Verónica Hernández",
                "title": "Coordinator, Human Mobility Programme",
                "email": "v.hernandez@cdmx-gov.example.org",
            },
        ],
    },
    {
        "name": "Greater Amman Municipality",
        "acronym": "GAM",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "JO",
        "website": "https://amman-city.example.org",
        "description": (
            "Plans water, waste and transport services for neighbourhoods whose "
            "population grew quickly with the arrival of refugees."
        ),
        "contacts": [
            {
                "name": "Omar Khalidi",
                "title": "Head of Resilience and Social Cohesion",
                "email": "o.khalidi@amman-city.example.org",
            },
            {
                "name": "Lina Saadeh",
                "title": "Urban Data Officer",
                "email": "l.saadeh@amman-city.example.org",
            },
        ],
    },
    {
        "name": "Nairobi City County",
        "acronym": "",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "KE",
        "website": "https://nairobi-county.example.org",
        "description": (
            "Licenses small traders, many of them migrants and refugees, and is piloting "
            "a one-stop desk for business permits in informal settlements."
        ),
        "contacts": [
            {
                "name": "Akinyi Odhiambo",
                "title": "Chief Officer, Urban Inclusion",
                "email": "a.odhiambo@nairobi-county.example.org",
            },
        ],
    },
    {
        "name": "Freetown City Council",
        "acronym": "FCC",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "SL",
        "website": "https://freetown-city.example.org",
        "description": (
            "Works with informal settlements on the coast that receive people displaced "
            "from rural areas by floods and failing harvests."
        ),
        "contacts": [
            {
                "name": "Fatmata Kamara",
                "title": "Climate Resilience Lead",
                "email": "f.kamara@freetown-city.example.org",
            },
        ],
    },
    {
        "name": "Dhaka North City Corporation",
        "acronym": "DNCC",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "BD",
        "website": "https://dhaka-north.example.org",
        "description": (
            "Improves housing and basic services in low-income wards settled by families "
            "who left coastal districts because of river erosion and salinity."
        ),
        "contacts": [
            {
                "name": "Tanvir Hossain",
                "title": "Chief Urban Planner",
                "email": "t.hossain@dhaka-north.example.org",
            },
        ],
    },
    {
        "name": "Quezon City Government",
        "acronym": "",
        "kind": "local_government",
        "membership": "non_member",
        "country": "PH",
        "website": "https://quezon-city.example.org",
        "description": (
            "Runs a help desk for families of overseas workers, offering financial "
            "literacy classes and small loans for returnees starting businesses."
        ),
        "contacts": [
            {
                "name": "Angelica Reyes",
                "title": "Head, Overseas Workers Family Desk",
                "email": "a.reyes@quezon-city.example.org",
            },
        ],
    },
    {
        "name": "City of Milan",
        "acronym": "",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "IT",
        "website": "https://milano-city.example.org",
        "description": (
            "Funds language courses and vocational placements for young migrants and "
            "unaccompanied minors who reach adulthood while in the city's care."
        ),
        "contacts": [
            {
                "name": "Giulia Bernardi",
                "title": "Director, Migration and Inclusion Services",
                "email": "g.bernardi@milano-city.example.org",
            },
            {
                "name": "Abdou Sow",
                "title": "Intercultural Mediator",
                "email": "a.sow@milano-city.example.org",
            },
        ],
    },
    {
        "name": "City of Gothenburg",
        "acronym": "",
        "kind": "local_government",
        "membership": "non_member",
        "country": "SE",
        "website": "https://goteborg-city.example.org",
        "description": (
            "Pairs newly arrived residents with local mentors and employers to shorten "
            "the time between receiving a residence permit and a first job."
        ),
        "contacts": [
            {
                "name": "Elin Bergström",
                "title": "Integration Strategist",
                "email": "e.bergstrom@goteborg-city.example.org",
            },
        ],
    },
    {
        "name": "Suva City Council",
        "acronym": "SCC",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "FJ",
        "website": "https://suva-city.example.org",
        "description": (
            "Plans serviced land for households relocating from outer islands and "
            "low-lying coastal villages into the capital."
        ),
        "contacts": [
            {
                "name": "Mereani Tuilau",
                "title": "Director, Town Planning",
                "email": "m.tuilau@suva-city.example.org",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Businesses
    # ------------------------------------------------------------------
    {
        "name": "Federation of Nepalese Recruitment Agencies",
        "acronym": "FNRA",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "NP",
        "website": "https://fnra.example.net",
        "description": (
            "Represents licensed recruitment agencies in Kathmandu and promotes an "
            "employer-pays code of conduct among its members."
        ),
        "contacts": [
            {
                "name": "Rajendra Shrestha",
                "title": "President",
                "email": "r.shrestha@fnra.example.net",
            },
        ],
    },
    {
        "name": "Gulf Ethical Hiring Alliance",
        "acronym": "GEHA",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "AE",
        "website": "https://geha.example.net",
        "description": (
            "Brings together construction, hospitality and facilities companies that "
            "commit to reimbursing any recruitment fees paid by their workers."
        ),
        "contacts": [
            {
                "name": "Sanjay Menon",
                "title": "Executive Director",
                "email": "s.menon@geha.example.net",
            },
            {
                "name": "Layla Al Hashimi",
                "title": "Supply Chain Compliance Lead",
                "email": "l.alhashimi@geha.example.net",
            },
        ],
    },
    {
        "name": "Doha Contractors' Forum",
        "acronym": "",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "QA",
        "website": "https://doha-contractors.example.net",
        "description": (
            "An association of construction firms sharing practice on heat-stress "
            "protection, worker accommodation standards and grievance handling."
        ),
        "contacts": [
            {
                "name": "Khalid Al Kuwari",
                "title": "Chair, Worker Welfare Committee",
                "email": "k.alkuwari@doha-contractors.example.net",
            },
        ],
    },
    {
        "name": "Lanka Skills Placement Ltd",
        "acronym": "LSP",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "LK",
        "website": "https://lankaskills.example.net",
        "description": (
            "Places trained Sri Lankan caregivers and hotel staff with employers in "
            "Japan, Israel and the Gulf, with language tuition before departure."
        ),
        "contacts": [
            {
                "name": "Nilanthi Perera",
                "title": "Managing Director",
                "email": "n.perera@lankaskills.example.net",
            },
        ],
    },
    {
        "name": "Manila Bay Crewing Services",
        "acronym": "",
        "kind": "business",
        "membership": "non_member",
        "country": "PH",
        "website": "https://mbcrewing.example.net",
        "description": (
            "Crews merchant vessels with Filipino seafarers and runs a welfare hotline "
            "for crew members stranded in foreign ports."
        ),
        "contacts": [
            {
                "name": "Eduardo Mendoza",
                "title": "Operations Manager",
                "email": "e.mendoza@mbcrewing.example.net",
            },
        ],
    },
    {
        "name": "RemesaRápida",
        "acronym": "",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "MX",
        "website": "https://remesarapida.example.net",
        "description": (
            "A mobile money service that lets migrants in the United States send "
            "remittances to rural Mexico and Guatemala at a flat low fee."
        ),
        "contacts": [
            {
                "name": "Daniela Ochoa",
                "title": "Head of Partnerships",
                "email": "d.ochoa@remesarapida.example.net",
            },
            {
                "name": "Tomás Aguilar",
                "title": "Chief Compliance Officer",
                "email": "t.aguilar@remesarapida.example.net",
            },
        ],
    },
    {
        "name": "Rhein-Main Care Staffing",
        "acronym": "",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "DE",
        "website": "https://rm-carestaffing.example.net",
        "description": (
            "Recruits nurses from the Philippines, India and Mexico for German hospitals "
            "and pays for their language training and qualification recognition."
        ),
        "contacts": [
            {
                "name": "Stefan Brandt",
                "title": "Managing Director",
                "email": "s.brandt@rm-carestaffing.example.net",
            },
        ],
    },
    {
        "name": "Souss Agri-Export Cooperative",
        "acronym": "",
        "kind": "business",
        "membership": "non_member",
        "country": "MA",
        "website": "https://souss-agri.example.net",
        "description": (
            "A group of fruit and vegetable exporters that employs seasonal workers from "
            "the Sahel and Moroccan interior on its farms near Agadir."
        ),
        "contacts": [
            {
                "name": "Hassan Ait Brahim",
                "title": "Human Resources Director",
                "email": "h.aitbrahim@souss-agri.example.net",
            },
        ],
    },
    {
        "name": "Aotearoa Horticulture Growers Cooperative",
        "acronym": "AHGC",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "NZ",
        "website": "https://aotearoa-growers.example.net",
        "description": (
            "Employs seasonal workers from Vanuatu, Tonga and Samoa in kiwifruit and apple "
            "orchards and co-funds pastoral care staff in each region."
        ),
        "contacts": [
            {
                "name": "Hemi Walker",
                "title": "Seasonal Workforce Manager",
                "email": "h.walker@aotearoa-growers.example.net",
            },
            {
                "name": "Grace Liufau",
                "title": "Pastoral Care Coordinator",
                "email": "g.liufau@aotearoa-growers.example.net",
            },
        ],
    },
    {
        "name": "Northbridge Tech Talent Network",
        "acronym": "NTTN",
        "kind": "business",
        "membership": "business_mechanism",
        "country": "CA",
        "website": "https://northbridge-talent.example.net",
        "description": (
            "A consortium of software firms in Toronto that sponsors refugee engineers "
            "through a skills-based pathway and offers paid internships."
        ),
        "contacts": [
            {
                "name": "Mei Lin Chow",
                "title": "Programme Director",
                "email": "m.chow@northbridge-talent.example.net",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Civil society
    # ------------------------------------------------------------------
    {
        "name": "Bangladesh Returnee Migrants' Union",
        "acronym": "BRMU",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "BD",
        "website": "https://brmu.example.org",
        "description": (
            "A membership organisation of returned workers that helps people recover "
            "unpaid wages and documents cases of contract substitution."
        ),
        "contacts": [
            {
                "name": "Shirin Akter",
                "title": "General Secretary",
                "email": "s.akter@brmu.example.org",
            },
        ],
    },
    {
        "name": "Amman Centre for Migrant Domestic Workers",
        "acronym": "",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "JO",
        "website": "https://acmdw.example.org",
        "description": (
            "Offers shelter, legal aid and language classes to domestic workers from "
            "Asia and East Africa who have left abusive employers."
        ),
        "contacts": [
            {
                "name": "Dina Qasem",
                "title": "Director",
                "email": "d.qasem@acmdw.example.org",
            },
            {
                "name": "Meseret Alemu",
                "title": "Community Outreach Worker",
                "email": "m.alemu@acmdw.example.org",
            },
        ],
    },
    {
        "name": "Frontera Sur Migrant Shelter",
        "acronym": "",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "MX",
        "website": "https://fronterasur.example.org",
        "description": (
            "Runs a shelter near the southern border that gives food, medical care and "
            "asylum information to people travelling north."
        ),
        "contacts": [
            {
                "name": "Hermana Rosa Velázquez",
                "title": "Shelter Coordinator",
                "email": "r.velazquez@fronterasur.example.org",
            },
        ],
    },
    {
        "name": "Ecuadorian Network for Human Mobility",
        "acronym": "ENHM",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "EC",
        "website": "https://enhm.example.org",
        "description": (
            "A coalition of community groups that tracks evictions and labour abuse "
            "against Venezuelan migrants and trains local paralegals."
        ),
        "contacts": [
            {
                "name": "Paola Mejía",
                "title": "National Coordinator",
                "email": "p.mejia@enhm.example.org",
            },
        ],
    },
    {
        "name": "Ghana Diaspora Returnees Association",
        "acronym": "GDRA",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "GH",
        "website": "https://gdra.example.org",
        "description": (
            "Connects returning Ghanaians with mentors and investors and lobbies for "
            "recognition of skills gained abroad."
        ),
        "contacts": [
            {
                "name": "Yaw Boateng",
                "title": "Chairperson",
                "email": "y.boateng@gdra.example.org",
            },
        ],
    },
    {
        "name": "Senegalese Women Migrants' Collective",
        "acronym": "",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "SN",
        "website": "https://femmes-migrantes-sn.example.org",
        "description": (
            "Supports mothers of young people lost at sea and runs awareness sessions on "
            "safe routes and legal options in coastal fishing towns."
        ),
        "contacts": [
            {
                "name": "Coumba Fall",
                "title": "President",
                "email": "c.fall@femmes-migrantes-sn.example.org",
            },
            {
                "name": "Ndeye Sarr",
                "title": "Programme Officer",
                "email": "n.sarr@femmes-migrantes-sn.example.org",
            },
        ],
    },
    {
        "name": "Addis Domestic Workers Support Centre",
        "acronym": "ADWSC",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "ET",
        "website": "https://adwsc.example.org",
        "description": (
            "Provides counselling and job training to women returning from domestic work "
            "in the Middle East, including those deported without their wages."
        ),
        "contacts": [
            {
                "name": "Selamawit Bekele",
                "title": "Executive Director",
                "email": "s.bekele@adwsc.example.org",
            },
        ],
    },
    {
        "name": "Tunis Centre for Migration Dialogue",
        "acronym": "",
        "kind": "civil_society",
        "membership": "non_member",
        "country": "TN",
        "website": "https://tcmd.example.org",
        "description": (
            "Organises public debates and media training to counter hostile narratives "
            "about sub-Saharan migrants living in Tunisia."
        ),
        "contacts": [
            {
                "name": "Amira Trabelsi",
                "title": "Director",
                "email": "a.trabelsi@tcmd.example.org",
            },
        ],
    },
    {
        "name": "Sri Lanka Migrant Workers' Rights Network",
        "acronym": "SLMWRN",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "LK",
        "website": "https://slmwrn.example.org",
        "description": (
            "Runs village-level information centres and a helpline for families who "
            "lose contact with relatives working overseas."
        ),
        "contacts": [
            {
                "name": "Tharshini Sivakumar",
                "title": "Network Coordinator",
                "email": "t.sivakumar@slmwrn.example.org",
            },
        ],
    },
    {
        "name": "Indonesian Migrant Workers' Families Association",
        "acronym": "",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "ID",
        "website": "https://keluarga-migran.example.org",
        "description": (
            "Organises families of migrant workers in East Java to monitor brokers and "
            "report undocumented recruitment in their villages."
        ),
        "contacts": [
            {
                "name": "Siti Nurhaliza Putri",
                "title": "Chairperson",
                "email": "s.putri@keluarga-migran.example.org",
            },
        ],
    },
    {
        "name": "Madrid Legal Aid for Migrants and Refugees",
        "acronym": "",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "ES",
        "website": "https://asilo-madrid.example.org",
        "description": (
            "Gives free legal advice on residence permits and regularisation through "
            "settlement, with evening clinics in several neighbourhoods."
        ),
        "contacts": [
            {
                "name": "Javier Moreno",
                "title": "Lead Lawyer",
                "email": "j.moreno@asilo-madrid.example.org",
            },
            {
                "name": "Fatou Camara",
                "title": "Community Paralegal",
                "email": "f.camara@asilo-madrid.example.org",
            },
        ],
    },
    {
        "name": "Stockholm Integration Forum",
        "acronym": "",
        "kind": "civil_society",
        "membership": "non_member",
        "country": "SE",
        "website": "https://sthlm-integration.example.org",
        "description": (
            "A volunteer network that runs conversation groups in Swedish and helps "
            "newcomers prepare for job interviews."
        ),
        "contacts": [
            {
                "name": "Ahmad Karimi",
                "title": "Coordinator",
                "email": "a.karimi@sthlm-integration.example.org",
            },
        ],
    },
    {
        "name": "Pacific Islands Climate Mobility Network",
        "acronym": "PICMN",
        "kind": "civil_society",
        "membership": "civil_society_mechanism",
        "country": "WS",
        "website": "https://picmn.example.org",
        "description": (
            "Brings community leaders from atoll nations together to plan relocation "
            "on their own terms and to keep cultural ties when people move."
        ),
        "contacts": [
            {
                "name": "Falaniko Tuilagi",
                "title": "Regional Coordinator",
                "email": "f.tuilagi@picmn.example.org",
            },
        ],
    },
    # ------------------------------------------------------------------
    # International organisations
    # ------------------------------------------------------------------
    {
        "name": "Regional Labour Mobility Office for the Pacific",
        "acronym": "RLMOP",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "FJ",
        "website": "https://rlmop.example.org",
        "description": (
            "Helps Pacific Island governments share worker pools, compare employer "
            "standards and negotiate jointly with destination countries."
        ),
        "contacts": [
            {
                "name": "Sione Havili",
                "title": "Head of Office",
                "email": "s.havili@rlmop.example.org",
            },
        ],
    },
    {
        "name": "Continental Labour Migration Secretariat",
        "acronym": "CLMS",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "ET",
        "website": "https://clms.example.org",
        "description": (
            "Supports African States in harmonising labour migration statistics and "
            "in applying free movement protocols between regional economic communities."
        ),
        "contacts": [
            {
                "name": "Chipo Mutasa",
                "title": "Senior Programme Officer",
                "email": "c.mutasa@clms.example.org",
            },
            {
                "name": "Abdoulaye Traoré",
                "title": "Statistician",
                "email": "a.traore@clms.example.org",
            },
        ],
    },
    {
        "name": "West African Free Movement Commission",
        "acronym": "WAFMC",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "NG",
        "website": "https://wafmc.example.org",
        "description": (
            "Monitors border posts for compliance with visa-free travel rules and trains "
            "officials on the rights of cross-border traders."
        ),
        "contacts": [
            {
                "name": "Ngozi Okafor",
                "title": "Commissioner for Free Movement",
                "email": "n.okafor@wafmc.example.org",
            },
        ],
    },
    {
        "name": "Inter-American Observatory on Human Mobility",
        "acronym": "IAOHM",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "PA",
        "website": "https://iaohm.example.org",
        "description": (
            "Publishes comparable figures on migration flows through the Americas and "
            "advises governments on regularisation programmes."
        ),
        "contacts": [
            {
                "name": "Ricardo Pinzón",
                "title": "Executive Secretary",
                "email": "r.pinzon@iaohm.example.org",
            },
        ],
    },
    {
        "name": "Asian Regional Secretariat on Overseas Employment",
        "acronym": "ARSOE",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "TH",
        "website": "https://arsoe.example.org",
        "description": (
            "Serves a consultation process among Asian countries of origin on skills "
            "recognition, recruitment costs and pre-departure training."
        ),
        "contacts": [
            {
                "name": "Somchai Wongsawat",
                "title": "Head of Secretariat",
                "email": "s.wongsawat@arsoe.example.org",
            },
            {
                "name": "Ayesha Siddiqui",
                "title": "Programme Analyst",
                "email": "a.siddiqui@arsoe.example.org",
            },
        ],
    },
    {
        "name": "Danube Centre for Migration Policy Cooperation",
        "acronym": "DCMPC",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "AT",
        "website": "https://dcmpc.example.org",
        "description": (
            "Provides technical assistance to European and neighbouring governments on "
            "border management, legal pathways and readmission arrangements."
        ),
        "contacts": [
            {
                "name": "Marta Kowalczyk",
                "title": "Director of Programmes",
                "email": "m.kowalczyk@dcmpc.example.org",
            },
        ],
    },
    {
        "name": "Alliance for Affordable Remittances",
        "acronym": "AAR",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "CH",
        "website": "https://aar.example.org",
        "description": (
            "Tracks the cost of sending money along major corridors and works with central "
            "banks to open payment systems to licensed remittance firms."
        ),
        "contacts": [
            {
                "name": "Léa Dubois",
                "title": "Senior Economist",
                "email": "l.dubois@aar.example.org",
            },
        ],
    },
    {
        "name": "Mediterranean Migration Dialogue Secretariat",
        "acronym": "MMDS",
        "kind": "international_organisation",
        "membership": "non_member",
        "country": "MT",
        "website": "https://mmds.example.org",
        "description": (
            "Convenes officials from both shores of the Mediterranean on search and rescue "
            "coordination, labour pathways and the fight against smuggling."
        ),
        "contacts": [
            {
                "name": "Matteo Farrugia",
                "title": "Coordinator",
                "email": "m.farrugia@mmds.example.org",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Academia
    # ------------------------------------------------------------------
    {
        "name": "Institute for Mobility and Development, Dhaka",
        "acronym": "IMD",
        "kind": "academia",
        "membership": "civil_society_mechanism",
        "country": "BD",
        "website": "https://imd-dhaka.example.org",
        "description": (
            "Runs a household panel survey that follows migrant families over time to "
            "measure how remittances change spending on education and health."
        ),
        "contacts": [
            {
                "name": "Dr. Nasreen Chowdhury",
                "title": "Research Director",
                "email": "n.chowdhury@imd-dhaka.example.org",
            },
        ],
    },
    {
        "name": "Centre for Pacific Labour Mobility Research",
        "acronym": "CPLMR",
        "kind": "academia",
        "membership": "civil_society_mechanism",
        "country": "AU",
        "website": "https://cplmr.example.org",
        "description": (
            "Surveys Pacific seasonal workers before, during and after their placements "
            "to study earnings, savings and family wellbeing."
        ),
        "contacts": [
            {
                "name": "Prof. Helen McAllister",
                "title": "Director",
                "email": "h.mcallister@cplmr.example.org",
            },
            {
                "name": "Dr. Viliami Fifita",
                "title": "Research Fellow",
                "email": "v.fifita@cplmr.example.org",
            },
        ],
    },
    {
        "name": "Andean Institute for Human Mobility Studies",
        "acronym": "",
        "kind": "academia",
        "membership": "non_member",
        "country": "PE",
        "website": "https://andean-mobility.example.org",
        "description": (
            "Studies the labour market outcomes of Venezuelan migrants in Peru, Ecuador "
            "and Colombia using administrative and survey data."
        ),
        "contacts": [
            {
                "name": "Dr. Rocío Huamán",
                "title": "Principal Investigator",
                "email": "r.huaman@andean-mobility.example.org",
            },
        ],
    },
    {
        "name": "Maghreb Migration Research Institute",
        "acronym": "MMRI",
        "kind": "academia",
        "membership": "civil_society_mechanism",
        "country": "MA",
        "website": "https://mmri.example.org",
        "description": (
            "Researches transit migration through North Africa and the experiences of "
            "migrants who decide to settle in Moroccan cities."
        ),
        "contacts": [
            {
                "name": "Dr. Karim El Amrani",
                "title": "Director",
                "email": "k.elamrani@mmri.example.org",
            },
        ],
    },
    {
        "name": "Berlin Institute for Labour Migration Economics",
        "acronym": "BILME",
        "kind": "academia",
        "membership": "non_member",
        "country": "DE",
        "website": "https://bilme.example.org",
        "description": (
            "Evaluates skilled-worker recruitment partnerships and measures how fast "
            "recognised foreign qualifications translate into matching jobs."
        ),
        "contacts": [
            {
                "name": "Dr. Anna Schreiber",
                "title": "Head of Research",
                "email": "a.schreiber@bilme.example.org",
            },
        ],
    },
    {
        "name": "Gulf Labour Markets Research Centre",
        "acronym": "GLMRC",
        "kind": "academia",
        "membership": "non_member",
        "country": "QA",
        "website": "https://glmrc.example.org",
        "description": (
            "Publishes data and analysis on employment, wages and demographics of "
            "foreign workers in the six Gulf Cooperation Council countries."
        ),
        "contacts": [
            {
                "name": "Dr. Faisal Al Thani",
                "title": "Director",
                "email": "f.althani@glmrc.example.org",
            },
            {
                "name": "Dr. Meera Pillai",
                "title": "Senior Researcher",
                "email": "m.pillai@glmrc.example.org",
            },
        ],
    },
    {
        "name": "Wellington Centre for Climate and Displacement Studies",
        "acronym": "WCCDS",
        "kind": "academia",
        "membership": "civil_society_mechanism",
        "country": "NZ",
        "website": "https://wccds.example.org",
        "description": (
            "Works with Pacific communities to document planned relocations and to "
            "model future movement under different sea-level scenarios."
        ),
        "contacts": [
            {
                "name": "Dr. Losana Vuniwaqa",
                "title": "Co-Director",
                "email": "l.vuniwaqa@wccds.example.org",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Donors
    # ------------------------------------------------------------------
    {
        "name": "Nordic Fund for Safe Migration",
        "acronym": "NFSM",
        "kind": "donor",
        "membership": "non_member",
        "country": "NO",
        "website": "https://nfsm.example.net",
        "description": (
            "A fund pooled by five Nordic governments that gives multi-year grants to "
            "projects that lower recruitment costs and improve access to justice for migrant "
            "workers."
        ),
        "contacts": [
            {
                "name": "Ingrid Haugen",
                "title": "Grants Manager",
                "email": "i.haugen@nfsm.example.net",
            },
        ],
    },
    {
        "name": "Rheinland Foundation for Fair Mobility",
        "acronym": "",
        "kind": "donor",
        "membership": "non_member",
        "country": "DE",
        "website": "https://rheinland-foundation.example.net",
        "description": (
            "A private foundation funding skills partnerships in which training in "
            "countries of origin serves both local and German labour markets."
        ),
        "contacts": [
            {
                "name": "Felix Hartmann",
                "title": "Programme Director, Migration",
                "email": "f.hartmann@rheinland-foundation.example.net",
            },
        ],
    },
    {
        "name": "Swiss Cooperation Fund for Migration and Development",
        "acronym": "SCFMD",
        "kind": "donor",
        "membership": "non_member",
        "country": "CH",
        "website": "https://scfmd.example.net",
        "description": (
            "The development agency's migration fund: finances pilot projects that link "
            "migration and development planning, with a focus on North Africa, the Horn and "
            "East Africa."
        ),
        "contacts": [
            {
                "name": "Beatrice Keller",
                "title": "Senior Programme Officer",
                "email": "b.keller@scfmd.example.net",
            },
        ],
    },
    {
        "name": "Australian Pacific Partnerships Fund",
        "acronym": "APPF",
        "kind": "donor",
        "membership": "non_member",
        "country": "AU",
        "website": "https://appf.example.net",
        "description": (
            "Funds skills training and worker welfare support across Pacific Island "
            "countries that take part in labour mobility schemes."
        ),
        "contacts": [
            {
                "name": "James O'Connor",
                "title": "Fund Manager",
                "email": "j.oconnor@appf.example.net",
            },
        ],
    },
    {
        "name": "Maple Leaf Foundation for Newcomers",
        "acronym": "",
        "kind": "donor",
        "membership": "non_member",
        "country": "CA",
        "website": "https://mapleleaf-newcomers.example.net",
        "description": (
            "Supports employer-led programmes that hire refugees and fund bridging "
            "courses for internationally trained health professionals."
        ),
        "contacts": [
            {
                "name": "Amina Yusuf",
                "title": "Vice-President, Grants",
                "email": "a.yusuf@mapleleaf-newcomers.example.net",
            },
        ],
    },
    {
        "name": "Harbor Light Foundation",
        "acronym": "",
        "kind": "donor",
        "membership": "non_member",
        "country": "US",
        "website": "https://harborlight.example.net",
        "description": (
            "A philanthropic foundation that funds migration data projects and "
            "journalism on human mobility in the Americas."
        ),
        "contacts": [
            {
                "name": "Rebecca Goldstein",
                "title": "Program Officer, Human Mobility",
                "email": "r.goldstein@harborlight.example.net",
            },
            {
                "name": "Marcus Washington",
                "title": "Director of Learning",
                "email": "m.washington@harborlight.example.net",
            },
        ],
    },
    {
        "name": "Pan-African Diaspora Investment Foundation",
        "acronym": "PADIF",
        "kind": "donor",
        "membership": "non_member",
        "country": "ZA",
        "website": "https://padif.example.net",
        "description": (
            "Co-invests with diaspora entrepreneurs in small businesses across the "
            "continent and matches migrant savings with grant capital."
        ),
        "contacts": [
            {
                "name": "Thandiwe Nkosi",
                "title": "Chief Executive",
                "email": "t.nkosi@padif.example.net",
            },
        ],
    },
    {
        "name": "South Asian Development Bank",
        "acronym": "SADB",
        "kind": "donor",
        "membership": "non_member",
        "country": "LK",
        "website": "https://sadb.example.net",
        "description": (
            "A regional development bank that lends to governments across South Asia and, "
            "through a small grant window, pays for public services that help migrant workers "
            "keep and use what they earn."
        ),
        "contacts": [
            {
                "name": "Anjali Perera",
                "title": "Principal Social Development Specialist",
                "email": "a.perera@sadb.example.net",
            },
        ],
    },
    # ------------------------------------------------------------------
    # Other
    # ------------------------------------------------------------------
    {
        "name": "Parliamentary Network on Migration and Development",
        "acronym": "PNMD",
        "kind": "other",
        "membership": "non_member",
        "country": "BE",
        "website": "https://pnmd.example.org",
        "description": (
            "Connects members of parliament who scrutinise migration laws and budgets, "
            "and shares model legislation on fair recruitment."
        ),
        "contacts": [
            {
                "name": "Sofie Janssens",
                "title": "Network Secretary",
                "email": "s.janssens@pnmd.example.org",
            },
        ],
    },
    {
        "name": "Central Organisation of Trade Unions, Kenya: Migrant Workers Desk",
        "acronym": "",
        "kind": "other",
        "membership": "non_member",
        "country": "KE",
        "website": "https://unions-ke.example.org",
        "description": (
            "A trade union desk that helps Kenyan workers in the Gulf join unions or "
            "associations and follows up complaints with partner unions abroad."
        ),
        "contacts": [
            {
                "name": "Peter Mwangi",
                "title": "Head, Migrant Workers Desk",
                "email": "p.mwangi@unions-ke.example.org",
            },
        ],
    },
    {
        "name": "Interfaith Council for Migrant Welcome",
        "acronym": "",
        "kind": "other",
        "membership": "non_member",
        "country": "IT",
        "website": "https://interfaith-welcome.example.org",
        "description": (
            "Brings churches, mosques and synagogues together to host community "
            "sponsorship of refugee families arriving through humanitarian corridors."
        ),
        "contacts": [
            {
                "name": "Don Paolo Ricci",
                "title": "Secretary General",
                "email": "p.ricci@interfaith-welcome.example.org",
            },
            {
                "name": "Imam Yassine Belkacem",
                "title": "Board Member",
                "email": "y.belkacem@interfaith-welcome.example.org",
            },
        ],
    },
    {
        "name": "Newsroom Alliance on Migration Reporting",
        "acronym": "NAMR",
        "kind": "other",
        "membership": "non_member",
        "country": "ZA",
        "website": "https://namr.example.org",
        "description": (
            "A network of editors and reporters that trains journalists to cover "
            "migration accurately and publishes a style guide on terminology."
        ),
        "contacts": [
            {
                "name": "Lerato Molefe",
                "title": "Managing Editor",
                "email": "l.molefe@namr.example.org",
            },
        ],
    },
    {
        "name": "Pacific Churches Mobility Desk",
        "acronym": "",
        "kind": "other",
        "membership": "non_member",
        "country": "TO",
        "website": "https://pcmd.example.org",
        "description": (
            "Coordinates church congregations in Australia and New Zealand that offer "
            "pastoral support to Pacific seasonal workers far from home."
        ),
        "contacts": [
            {
                "name": "Rev. Siosaia Taufa",
                "title": "Desk Coordinator",
                "email": "s.taufa@pcmd.example.org",
            },
        ],
    },
]


CYCLE: dict = {
    "name": "Migration Partnerships Lab 2026",
    "slug": "lab-2026",
    "year": 2026,
    "forum": "Global Forum on Migration and Development",
    "starts_on": "2026-03-02",
    "ends_on": "2026-11-27",
    "interest_deadline": "2026-06-30",
    "description": (
        "The 2026 Lab gives governments, cities, employers, civil society and "
        "international partners nine months to build concrete partnerships on "
        "migration. Participants pair up around shared problems, test small joint "
        "actions, and bring the results to the Forum summit at the end of the year."
    ),
    "thematic_areas": [
        {
            "name": "Labour mobility and skills",
            "description": (
                "Designing fair recruitment and skills partnerships that benefit "
                "workers, employers and both countries involved."
            ),
        },
        {
            "name": "Climate change and human mobility",
            "description": (
                "Preparing communities for moves linked to disasters and environmental "
                "change, including planned relocation and safe labour pathways."
            ),
        },
        {
            "name": "Inclusion in cities",
            "description": (
                "Helping local governments give newcomers access to housing, schools, "
                "health care and work, whatever their status."
            ),
        },
        {
            "name": "Data for migration policy",
            "description": (
                "Collecting, sharing and using reliable migration data so that "
                "decisions rest on evidence rather than guesswork."
            ),
        },
        {
            "name": "Narratives and public perception",
            "description": (
                "Shaping balanced public conversations about migration with "
                "journalists, community leaders and migrants themselves."
            ),
        },
        {
            "name": "Return and sustainable reintegration",
            "description": (
                "Supporting people who return home to find work, recover their savings "
                "and rebuild ties with their communities."
            ),
        },
    ],
}
