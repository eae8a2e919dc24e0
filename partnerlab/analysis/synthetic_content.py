"""Phrase content for `partnerlab.analysis.synthetic`: data only, parsed there.

Format of RAW_CONTENT, one entry a line:

* ``== name`` starts a section: ``(shared)`` holds the vocabulary common to all topics,
  any other name is a topic (its short English name).
* ``-- en`` (or ``fr``, ``es``) starts the block of one language.
* ``key: item | item | ...`` adds items to a list; a key may repeat.
* A line starting with two spaces continues the previous line.
* Blank lines and lines starting with ``#`` are ignored.

Topic keys: ``n`` noun phrases naming the topic (synonyms), ``p`` problem clauses,
``s`` solution phrases (bare infinitive), ``P`` problem templates, ``S`` solution templates.
Shared keys: ``place``, ``actor``, ``time``, ``opener``, ``filler``, ``link``, ``vague``,
plus generic ``P`` and ``S`` templates usable with any topic.

Template slots: {n} {p} {s} {place} {actor} {time}.
Grammar rules that keep every fill correct:
fr - {n}, {actor} never follow "de" or "a" (no contraction), {s} never follows "de";
es - {n} never follows "de" or "a", actors never start with "el";
a template using {n} as the subject of a verb needs every noun of that topic to agree.
"""

RAW_CONTENT = """
== (shared)
-- en
place: here | in our city | in our region | in the border districts | in rural areas
place: in the capital | in our municipality | along the corridor | in our province
place: in the northern districts | in our country | in the port city
actor: the city council | the labour ministry | local NGOs | employers | trade unions | IOM
actor: the consulates | migrant associations | the regional government | chambers of commerce
actor: the diaspora | the foreign ministry | development partners | faith-based organisations
time: within a year | in the next six months | before the next season | this year | soon
time: in the short term | by next year | in the next budget cycle | right away
opener: In our region, | Honestly, | As a city, | As a business association, | Well,
opener: Speaking for our NGO, | From the ministry's side, | In my experience, | In short,
opener: As a migrant myself, | To be frank, | On the ground, | As an employer,
opener: For our members, | Frankly speaking,
filler: This is what we hear from our members every day. | We raised this at the last meeting too.
filler: It is not new, but it is getting worse. | Thank you for asking.
filler: This affects women in particular. | Young people are the most affected.
filler: We are ready to contribute. | Happy to discuss this further.
filler: The local authorities know about it. | We have seen many cases this year.
link: Also, | On top of that, | Another issue: | Separately, | And | At the same time,
vague: We thank the organisers for this meeting. | No comments for now.
vague: Everything is a priority here. | Hard to say, there are many problems.
vague: We need more time to consult our members. | Please see our earlier submission.
vague: Good initiative, keep going. | I am not sure what to answer. | All of the above.
vague: Same as last year. | The situation is complicated. | We will send our answer by email.
vague: Thanks, very interesting discussion. | Nothing to add. | It depends on the funding.
vague: We agree with the other participants. | Could you share the slides?
vague: Our organisation is still reflecting on this. | n/a
vague: Everything is connected, to be honest. | Many things, difficult to choose just one.
vague: See the notes from our working group. | Let us discuss it at the next session.
P: The most pressing problem {place} is {n}.
P: The most pressing problem {place} is {n}: {p}.
P: For us, the biggest issue is {n}, because {p}.
P: {place}, {p}.
P: What worries us most {place} is {n}.
P: We see it every week: {p}.
P: Our main concern is {n}; {p}.
P: The most pressing problem {place} is {n}, and we should {s} {time}.
S: {actor} should {s} {time}.
S: {time}, we could {s}, working with {actor}.
S: A quick win would be to {s}, with {actor} on board.
S: We propose a simple measure: {s}.
S: In the short term, we need to {s}.
S: What can be done {time}: {s}, together with {actor}.
S: Concretely, we could {s}.
-- fr
place: ici | dans notre ville | dans notre région | dans les zones frontalières | en milieu rural
place: dans la capitale | dans notre commune | le long du corridor | dans notre province
place: dans le nord du pays | dans notre pays | dans la ville portuaire | chez nous
actor: la mairie | le ministère du Travail | les ONG locales | les employeurs | les syndicats
actor: l'OIM | les consulats | les associations de migrants | le conseil régional
actor: les chambres de commerce | la diaspora | le ministère des Affaires étrangères
actor: les partenaires techniques et financiers | les organisations confessionnelles
time: d'ici un an | dans les six prochains mois | avant la prochaine saison | dès cette année
time: dans l'immédiat | à court terme | d'ici l'année prochaine | lors du prochain cycle budgétaire
time: sans attendre
opener: Dans notre région, | Honnêtement, | En tant que mairie, | Pour notre association,
opener: Du côté du ministère, | D'après notre expérience, | En tant que migrante, | Franchement,
opener: Sur le terrain, | En bref, | Pour nos membres, | Bon, | Comme ONG, | Pour notre entreprise,
filler: C'est ce que nous entendons tous les jours de la part de nos membres.
filler: Nous l'avons déjà signalé lors de la dernière réunion.
filler: Ce n'est pas nouveau, mais la situation s'aggrave. | Merci de poser la question.
filler: Les femmes sont particulièrement touchées. | Les jeunes sont les plus concernés.
filler: Nous sommes prêts à contribuer. | Nous pouvons en discuter davantage.
filler: Les autorités locales sont au courant. | Nous avons vu beaucoup de cas cette année.
link: Par ailleurs, | En plus, | Autre point : | Aussi, | Et | En même temps,
vague: Nous remercions les organisateurs pour cette réunion. | Pas de commentaire pour le moment.
vague: Tout est prioritaire ici. | Difficile à dire, il y a beaucoup de problèmes.
vague: Nous avons besoin de plus de temps pour consulter nos membres.
vague: Voir notre contribution précédente. | Bonne initiative, continuez.
vague: Je ne sais pas trop quoi répondre. | Tout ce qui précède. | Comme l'année dernière.
vague: La situation est compliquée. | Nous enverrons notre réponse par courriel.
vague: Merci, échange très intéressant. | Rien à ajouter. | Tout dépend du financement.
vague: Nous sommes d'accord avec les autres participants.
vague: Est-ce qu'on peut avoir la présentation ? | Notre organisation y réfléchit encore.
vague: RAS | Tout est lié, honnêtement. | Beaucoup de choses, difficile d'en choisir une seule.
vague: Voir les notes de notre groupe de travail. | On en reparlera à la prochaine séance.
P: Le problème le plus urgent {place} concerne {n}.
P: Le problème le plus urgent {place} concerne {n} : {p}.
P: Pour nous, la principale difficulté reste {n}, car {p}.
P: {place}, {p}.
P: Ce qui nous inquiète le plus {place} : {n}.
P: Nous le voyons chaque semaine : {p}.
P: Notre principale préoccupation touche {n} ; {p}.
P: Le problème le plus urgent {place} concerne {n}, et il faudrait {s} {time}.
S: Il faudrait {s} {time}, avec {actor}.
S: {time}, on pourrait {s}, en impliquant {actor}.
S: Une solution rapide : {s}, en lien avec {actor}.
S: Nous proposons une mesure simple : {s}.
S: À court terme, il faut {s}.
S: Ce qu'il faut faire {time} : {s}, avec {actor}.
S: Concrètement, on pourrait {s}.
-- es
place: aquí | en nuestra ciudad | en nuestra región | en la zona fronteriza | en las zonas rurales
place: en la capital | en nuestro municipio | a lo largo del corredor | en nuestra provincia
place: en el norte del país | en nuestro país | en la ciudad portuaria
actor: la alcaldía | los ministerios de trabajo | las ONG locales | los empleadores | los sindicatos
actor: la OIM | los consulados | las asociaciones de migrantes | la gobernación
actor: las cámaras de comercio | la diáspora | la cancillería | los socios de cooperación
actor: las organizaciones religiosas
time: en menos de un año | en los próximos seis meses | antes de la próxima temporada
time: este mismo año | lo antes posible | a corto plazo | para el próximo año
time: en el próximo ciclo presupuestario | de inmediato
opener: En nuestra región, | Sinceramente, | Como alcaldía, | Desde nuestra ONG, | Bueno,
opener: Desde el ministerio, | En mi experiencia, | Como migrante, | La verdad, | En el terreno,
opener: En resumen, | Para nuestros afiliados, | Como empresa, | Como gobernación,
filler: Es lo que escuchamos cada día de nuestros afiliados.
filler: Ya lo planteamos en la última reunión.
filler: No es algo nuevo, pero está empeorando. | Gracias por preguntar.
filler: Afecta sobre todo a las mujeres. | Los jóvenes son los más afectados.
filler: Estamos dispuestos a contribuir. | Con gusto lo conversamos más.
filler: Las autoridades locales están al tanto. | Este año hemos visto muchos casos.
link: Además, | Por otro lado, | Otro tema: | También, | Y | Al mismo tiempo,
vague: Agradecemos a los organizadores por esta reunión. | No tenemos comentarios por ahora.
vague: Aquí todo es prioritario. | Difícil decir, hay muchos problemas.
vague: Necesitamos más tiempo para consultar a nuestros miembros.
vague: Ver nuestra contribución anterior. | Buena iniciativa, sigan así.
vague: No sé bien qué responder. | Todo lo anterior. | Lo mismo que el año pasado.
vague: La situación es complicada. | Enviaremos nuestra respuesta por correo.
vague: Gracias, muy interesante la discusión. | Nada que agregar. | Depende del financiamiento.
vague: Estamos de acuerdo con los demás participantes. | ¿Nos pueden compartir la presentación?
vague: Nuestra organización todavía lo está analizando. | N/A
vague: Todo está conectado, la verdad. | Son muchas cosas, difícil elegir una sola.
vague: Ver las notas de nuestro grupo de trabajo. | Lo conversamos en la próxima sesión.
P: El problema más urgente {place} tiene que ver con {n}.
P: El problema más urgente {place} tiene que ver con {n}: {p}.
P: Para nosotros, la mayor dificultad está en {n}, porque {p}.
P: {place}, {p}.
P: Lo que más nos preocupa {place}: {n}.
P: Lo vemos cada semana: {p}.
P: Nuestra principal preocupación: {n}; {p}.
P: El problema más urgente {place} tiene que ver con {n}, y habría que {s} {time}.
S: Habría que {s} {time}, con {actor}.
S: {time}, se podría {s}, junto con {actor}.
S: Una solución rápida: {s}, en coordinación con {actor}.
S: Proponemos algo sencillo: {s}.
S: A corto plazo, hay que {s}.
S: Lo que se puede hacer {time}: {s}, con {actor}.
S: En concreto, se podría {s}.

== recruitment fees
-- en
n: recruitment fees | placement charges | the commissions brokers take | illegal hiring costs
n: the fees agencies demand from workers
p: workers arrive at their destination already deep in debt
p: families sell land or borrow from moneylenders just to secure a contract
p: people pay several intermediaries and still end up without the promised job
p: subagents in the villages charge whatever they like
p: the debt keeps workers silent even when they are abused
s: enforce the employer-pays principle in every bilateral agreement
s: license recruitment agencies and publish a blacklist of abusive ones
s: set up a hotline where workers can report brokers who charge them
s: reimburse workers who were overcharged and fine the agencies involved
P: Workers {place} pay {n} before they even leave, so {p}.
P: Nobody controls {n} {place}; {p}.
P: Our members keep telling us about {n}: {p}.
S: To stop {n}, {actor} should {s}.
S: The employer, not the worker, must cover hiring costs; {time} we could {s}.
S: We would like {actor} to {s} {time}, so that nobody has to pay {n} again.
-- fr
n: les frais de recrutement | les commissions des intermédiaires | les frais de placement
n: les sommes exigées par les agences | les coûts d'embauche illégaux
p: les travailleurs arrivent à destination déjà lourdement endettés
p: des familles vendent leurs terres ou empruntent à des usuriers pour obtenir un contrat
p: beaucoup paient plusieurs intermédiaires et n'obtiennent jamais l'emploi promis
p: les rabatteurs dans les villages fixent leurs prix comme ils veulent
p: la dette pousse les travailleurs à se taire même quand ils sont maltraités
s: appliquer le principe de l'employeur-payeur dans tous les accords bilatéraux
s: agréer les agences de recrutement et publier une liste noire des agences abusives
s: créer une ligne d'écoute pour signaler les intermédiaires qui font payer les travailleurs
s: rembourser les travailleurs surfacturés et sanctionner les agences concernées
P: {place}, les travailleurs paient {n} avant même de partir, et au final {p}.
P: Personne ne contrôle {n} {place} : {p}.
P: Nos membres nous parlent sans cesse du même problème, {n} : {p}.
S: Pour mettre fin à cette pratique, il faudrait {s}, avec {actor}.
S: C'est à l'employeur de payer, pas au travailleur ; {time}, on pourrait {s}.
S: Nous proposons une action concrète avec {actor} : {s} {time}.
-- es
n: las comisiones de reclutamiento | los cobros de las agencias de colocación
n: las tarifas que cobran los intermediarios | los pagos ilegales por un contrato
n: los costos de contratación que asume el trabajador
p: los trabajadores llegan a su destino ya muy endeudados
p: muchas familias venden sus tierras o piden prestado a usureros para conseguir un contrato
p: la gente paga a varios intermediarios y aun así se queda sin el empleo prometido
p: los enganchadores en las comunidades cobran lo que quieren
p: la deuda hace que los trabajadores callen incluso cuando sufren abusos
s: aplicar el principio de que el empleador paga en todos los acuerdos bilaterales
s: registrar a las agencias de reclutamiento y publicar una lista negra de las abusivas
s: abrir una línea telefónica para denunciar a los intermediarios que cobran
s: devolver el dinero a los trabajadores estafados y multar a las agencias responsables
P: {place}, los trabajadores pagan {n} antes de salir, y al final {p}.
P: Nadie controla {n} {place}: {p}.
P: Nuestros afiliados nos hablan todo el tiempo sobre {n}; {p}.
S: Para acabar con esta práctica, habría que {s}, con {actor}.
S: Es el empleador quien debe pagar, no el trabajador; {time} se podría {s}.
S: Proponemos una acción concreta con {actor}: {s} {time}.

== remittance costs
-- en
n: remittance costs | the fees for sending money home | transfer charges
n: the cost of money transfers | exchange-rate margins on transfers
p: families lose a big share of every transfer to fees and bad exchange rates
p: people still send cash through informal carriers because banks are too expensive
p: rural households must travel for hours to collect the money
p: small transfers are the most expensive, which hits low-wage workers hardest
s: publish a price comparison of transfer providers every month
s: let mobile money operators compete with the big transfer companies
s: negotiate a cap on fees for small transfers along the corridor
s: open cash-out points in post offices and rural cooperatives
P: Migrants {place} complain about {n}: {p}.
P: Sending money home should be cheap, but {place} it is not: {p}.
P: We estimate that families lose a month of income every year because of {n}.
S: To bring down {n}, {actor} should {s}.
S: A realistic step {time} is to {s}.
S: Together with {actor}, we want to {s}, so that more money reaches families.
-- fr
n: le coût des transferts d'argent | les frais d'envoi | les commissions sur les transferts
n: les marges de change | ce que coûte l'envoi d'argent au pays
p: les familles perdent une grande part de chaque envoi en frais et en taux de change défavorables
p: beaucoup passent encore par des porteurs informels parce que les banques sont trop chères
p: les ménages ruraux doivent faire des heures de route pour retirer l'argent
p: les petits montants sont les plus chers, ce qui pénalise les travailleurs les moins payés
s: publier chaque mois un comparateur des tarifs des opérateurs de transfert
s: ouvrir le marché aux opérateurs de mobile money face aux grandes sociétés de transfert
s: négocier un plafond des frais pour les petits envois dans le corridor
s: ouvrir des points de retrait dans les bureaux de poste et les coopératives rurales
P: Les migrants {place} se plaignent constamment : {p}.
P: Envoyer de l'argent au pays devrait être bon marché, mais {place} ce n'est pas le cas : {p}.
P: Selon nos estimations, les familles perdent un mois de revenu par an rien qu'avec {n}.
S: Pour faire baisser {n}, il faudrait {s}.
S: Une étape réaliste {time} : {s}.
S: Avec {actor}, nous voulons {s}, pour que davantage d'argent arrive aux familles.
-- es
n: el costo de las remesas | las comisiones por enviar dinero | los cargos por transferencia
n: los márgenes del tipo de cambio | lo que cuesta mandar dinero a casa
p: las familias pierden una buena parte de cada envío en comisiones y en un mal tipo de cambio
p: mucha gente sigue mandando efectivo con encomenderos porque los bancos son muy caros
p: los hogares rurales tienen que viajar horas para cobrar el dinero
p: los envíos pequeños son los más caros, y eso golpea a quienes ganan menos
s: publicar cada mes una comparación de tarifas de las empresas de envío
s: permitir que el dinero móvil compita con las grandes remesadoras
s: negociar un tope a las comisiones para envíos pequeños en el corredor
s: abrir puntos de pago en oficinas de correo y cooperativas rurales
P: Los migrantes {place} se quejan constantemente: {p}.
P: Mandar dinero a casa debería ser barato, pero {place} no lo es: {p}.
P: Calculamos que las familias pierden un mes de ingresos al año solo con {n}.
S: Para reducir {n}, habría que {s}.
S: Un paso realista {time}: {s}.
S: Junto con {actor}, queremos {s}, para que llegue más dinero a las familias.

== skills and qualification recognition
-- en
n: the recognition of diplomas | qualification recognition | the acceptance of foreign degrees
n: the validation of skills gained abroad | certification of work experience
p: nurses and engineers end up cleaning offices or driving taxis
p: the equivalence procedure takes two years and costs a fortune
p: returnees cannot prove the skills they learned abroad, so employers ignore them
p: each ministry asks for different documents and translations
s: create a fast-track equivalence procedure for shortage occupations
s: set up skills testing centres where people can show what they can do
s: sign mutual recognition agreements with the main destination countries
s: issue a skills passport that employers on both sides accept
P: Too much talent is wasted {place} because of problems with {n}; {p}.
P: The real bottleneck is {n}: {p}.
P: Many migrants are overqualified for their jobs {place}, and {p}.
S: {actor} could {s}, which would unblock {n}.
S: {time}, the ministries should {s}.
S: Our proposal is to {s}, together with {actor}.
-- fr
n: la reconnaissance des diplômes | l'équivalence des qualifications
n: la validation des compétences acquises à l'étranger
n: la certification de l'expérience professionnelle | l'homologation des titres étrangers
p: des infirmières et des ingénieurs finissent par faire le ménage ou conduire des taxis
p: la procédure d'équivalence prend deux ans et coûte une fortune
p: les personnes de retour ne peuvent pas prouver ce qu'elles ont appris,
  donc les employeurs les ignorent
p: chaque ministère exige des documents et des traductions différents
s: créer une procédure d'équivalence accélérée pour les métiers en tension
s: ouvrir des centres d'évaluation où chacun peut démontrer ses compétences
s: signer des accords de reconnaissance mutuelle avec les principaux pays de destination
s: délivrer un passeport de compétences reconnu par les employeurs des deux côtés
P: Trop de talents sont gaspillés {place}, et tout bloque sur {n} : {p}.
P: Le vrai goulot d'étranglement, c'est {n} : {p}.
P: Beaucoup de migrants sont surqualifiés pour leur emploi {place}, et {p}.
S: Pour débloquer {n}, il faudrait {s}.
S: {time}, les ministères devraient {s}.
S: Nous proposons de travailler avec {actor} pour {s}.
-- es
n: el reconocimiento de títulos | la homologación de diplomas
n: la validación de competencias adquiridas en el exterior
n: la certificación de la experiencia laboral | la convalidación de estudios
p: enfermeras e ingenieros terminan limpiando oficinas o manejando taxis
p: el trámite de homologación tarda dos años y cuesta una fortuna
p: quienes regresan no pueden demostrar lo que aprendieron afuera
  y los empleadores no los toman en cuenta
p: cada ministerio pide documentos y traducciones distintos
s: crear un trámite rápido de homologación para las ocupaciones con escasez
s: abrir centros de evaluación donde cada persona pueda demostrar sus habilidades
s: firmar acuerdos de reconocimiento mutuo con los principales países de destino
s: emitir un pasaporte de competencias que acepten los empleadores de ambos lados
P: Se desperdicia mucho talento {place}, y todo se traba con {n}: {p}.
P: El verdadero cuello de botella está en {n}: {p}.
P: Muchos migrantes están sobrecalificados para su trabajo {place}, y {p}.
S: Para destrabar {n}, habría que {s}.
S: {time}, los ministerios deberían {s}.
S: Proponemos trabajar con {actor} para {s}.

== climate displacement
-- en
n: climate displacement | displacement caused by droughts and floods
n: disaster-related displacement | migration driven by climate change
n: the loss of farmland to the sea
p: whole villages move to the city after each failed harvest
p: families displaced by floods settle in informal camps with no services
p: the coast is eroding and fishermen have nowhere to go
p: herders cross borders with their animals because the pasture has dried up
s: include planned relocation in the national adaptation plan
s: give people displaced by disasters a temporary protection status
s: fund early-warning systems and cash transfers before the floods hit
s: help affected communities diversify their income so they can stay if they want
P: {place}, {n} is no longer a future risk; {p}.
P: Every rainy season the situation gets worse: {p}.
P: Our biggest worry is {n}, because {p}.
S: Before the next disaster, we need to {s}.
S: We ask {actor} to {s}, and to listen to the people concerned.
S: {time}, the government could {s}.
-- fr
n: les déplacements liés au climat | les déplacements causés par les sécheresses et les inondations
n: la migration due au changement climatique | les déplacements après les catastrophes
n: la perte des terres agricoles face à la mer
p: des villages entiers partent vers la ville après chaque mauvaise récolte
p: les familles déplacées par les inondations s'installent dans des camps informels sans services
p: la côte recule et les pêcheurs n'ont nulle part où aller
p: les éleveurs traversent la frontière avec leurs troupeaux parce que les pâturages sont secs
s: intégrer la relocalisation planifiée dans le plan national d'adaptation
s: accorder une protection temporaire aux personnes déplacées par les catastrophes
s: financer des systèmes d'alerte précoce et des transferts monétaires avant les inondations
s: aider les communautés touchées à diversifier leurs revenus pour qu'elles puissent rester
P: {place}, le problème concerne {n}, et ce n'est plus un risque lointain : {p}.
P: À chaque saison des pluies, la situation empire : {p}.
P: Notre plus grande inquiétude porte sur {n}, car {p}.
S: Avant la prochaine catastrophe, il faut {s}.
S: Nous comptons sur {actor} pour {s}, à l'écoute des premiers concernés.
S: {time}, le gouvernement pourrait {s}.
-- es
n: el desplazamiento climático | los desplazamientos por sequías e inundaciones
n: la migración causada por el cambio climático | el desplazamiento tras los desastres
n: la pérdida de tierras de cultivo por el avance del mar
p: pueblos enteros se van a la ciudad después de cada mala cosecha
p: las familias desplazadas por las inundaciones viven en asentamientos informales sin servicios
p: la costa se está erosionando y los pescadores no tienen adónde ir
p: los pastores cruzan la frontera con sus animales porque los pastos se secaron
s: incluir la reubicación planificada en el plan nacional de adaptación
s: dar un estatus de protección temporal a las personas desplazadas por desastres
s: financiar sistemas de alerta temprana y transferencias de efectivo antes de las inundaciones
s: ayudar a las comunidades afectadas a diversificar sus ingresos para que puedan quedarse
P: {place}, el problema tiene que ver con {n}, y ya no es un riesgo lejano: {p}.
P: Cada temporada de lluvias la situación empeora: {p}.
P: Lo que más nos angustia es lo relacionado con {n}, porque {p}.
S: Antes del próximo desastre, hay que {s}.
S: Contamos con {actor} para {s}, escuchando a los directamente afectados.
S: {time}, el gobierno podría {s}.

== returnee reintegration
-- en
n: the reintegration of returnees | support for people coming back | returnee reintegration
n: the situation of returning migrants | what happens to people after return
p: people come back with nothing and feel ashamed to face their families
p: returnees who were deported receive no help at all
p: many leave again within a year because they cannot find work
p: the few programmes that exist only last a few months
s: give returnees a one-stop desk at the airport and in their home district
s: offer small business grants combined with mentoring
s: provide psychosocial support for people who return after bad experiences
s: link returnees with local employers through the employment agency
P: {place}, nobody really takes care of {n}; {p}.
P: The weak point in the whole cycle is {n}: {p}.
P: We see it in our community: {p}.
S: {time}, {actor} could {s}.
S: For real reintegration, we should {s}.
S: Working with {actor}, the municipality could {s}.
-- fr
n: la réintégration des migrants de retour | l'accompagnement des personnes qui reviennent
n: la réinsertion après le retour | la situation des migrants de retour
n: le suivi des personnes rapatriées
p: les gens reviennent sans rien et ont honte de faire face à leur famille
p: les personnes expulsées ne reçoivent aucune aide
p: beaucoup repartent dans l'année parce qu'ils ne trouvent pas de travail
p: les rares programmes existants ne durent que quelques mois
s: ouvrir un guichet unique pour les personnes de retour, à l'aéroport et dans leur district
s: proposer des petites subventions d'entreprise accompagnées d'un mentorat
s: offrir un soutien psychosocial aux personnes qui rentrent après des expériences difficiles
s: mettre les personnes de retour en contact avec les employeurs locaux
  via l'agence pour l'emploi
P: {place}, personne ne prend vraiment en charge {n} : {p}.
P: Le maillon faible de tout le cycle reste {n} : {p}.
P: Nous le constatons dans notre communauté : {p}.
S: {time}, on pourrait {s}, avec {actor}.
S: Pour une vraie réinsertion, il faut {s}.
S: En partenariat avec {actor}, la commune pourrait {s}.
-- es
n: la reintegración de los retornados | el acompañamiento a quienes regresan
n: la reinserción después del retorno | la situación de los migrantes retornados
n: el seguimiento a las personas deportadas
p: la gente vuelve sin nada y le da vergüenza enfrentar a su familia
p: las personas deportadas no reciben ningún tipo de apoyo
p: muchos se vuelven a ir en menos de un año porque no encuentran trabajo
p: los pocos programas que existen duran apenas unos meses
s: abrir una ventanilla única para retornados en el aeropuerto y en su municipio
s: ofrecer pequeños capitales semilla con acompañamiento empresarial
s: dar apoyo psicosocial a quienes regresan después de experiencias duras
s: conectar a los retornados con empleadores locales a través del servicio de empleo
P: {place}, nadie atiende en serio {n}: {p}.
P: El eslabón más débil de todo el ciclo está en {n}: {p}.
P: Lo vemos en nuestra comunidad: {p}.
S: {time}, se podría {s}, con {actor}.
S: Para una reintegración de verdad, hay que {s}.
S: En alianza con {actor}, el municipio podría {s}.

== local migration data
-- en
n: local migration data | figures on who arrives and who leaves | data about migrants in our area
n: up-to-date statistics on mobility | evidence on migration flows at municipal level
p: we plan services without knowing how many people actually live here
p: the census is ten years old and misses most newcomers
p: every agency counts differently, so the numbers never match
p: we cannot show donors the scale of the problem
s: run a simple household survey in the main neighbourhoods every year
s: share administrative data between the registry, schools and health centres
s: build a local migration profile with the national statistics office
s: train municipal staff to collect and analyse basic mobility data
P: We are flying blind {place} because we lack {n}; {p}.
P: The honest answer is that we do not know: {p}.
P: Our main gap is {n}; {p}.
S: {actor} could help us {s}.
S: {time}, we want to {s}.
S: To fix the lack of {n}, the first step is to {s}.
-- fr
n: les données migratoires locales | les chiffres sur les arrivées et les départs
n: les informations sur les migrants dans notre territoire
n: les statistiques à jour sur la mobilité | les données sur les flux au niveau communal
p: nous planifions les services sans savoir combien de personnes vivent réellement ici
p: le recensement date de dix ans et ne compte pas la plupart des nouveaux arrivants
p: chaque institution compte différemment, donc les chiffres ne concordent jamais
p: nous ne pouvons pas montrer aux bailleurs l'ampleur du problème
s: mener chaque année une enquête ménages simple dans les principaux quartiers
s: partager les données administratives entre l'état civil, les écoles et les centres de santé
s: établir un profil migratoire local avec l'institut national de la statistique
s: former le personnel municipal à collecter et analyser des données de base sur la mobilité
P: Nous avançons à l'aveugle {place}, car il nous manque {n} : {p}.
P: Pour être honnêtes, nous ne savons pas : {p}.
P: Notre principale lacune concerne {n} ; {p}.
S: Nous aurions besoin d'aide pour {s}, par exemple avec {actor}.
S: {time}, nous voulons {s}.
S: Pour combler le manque de données, la première étape : {s}.
-- es
n: los datos migratorios locales | las cifras de quién llega y quién se va
n: la información sobre los migrantes en nuestro territorio
n: las estadísticas actualizadas sobre movilidad | los datos de flujos a nivel municipal
p: planificamos los servicios sin saber cuántas personas viven realmente aquí
p: el censo tiene diez años y no cuenta a la mayoría de los recién llegados
p: cada institución cuenta de forma distinta y las cifras nunca coinciden
p: no podemos mostrar a los donantes la magnitud del problema
s: hacer cada año una encuesta de hogares sencilla en los barrios principales
s: compartir los registros administrativos entre el registro civil,
  las escuelas y los centros de salud
s: elaborar un perfil migratorio local con el instituto nacional de estadística
s: capacitar al personal municipal para recoger y analizar datos básicos de movilidad
P: Trabajamos a ciegas {place}, sin contar con {n}: {p}.
P: Siendo honestos, no lo sabemos: {p}.
P: Nuestro principal vacío tiene que ver con {n}; {p}.
S: Necesitaríamos apoyo para {s}, por ejemplo con {actor}.
S: {time}, queremos {s}.
S: Para cubrir ese vacío de información, el primer paso: {s}.

== consular protection
-- en
n: consular protection | support from our consulates | consular assistance abroad
n: help from the embassy when things go wrong | the consular network
p: workers in trouble abroad cannot reach anyone at the embassy
p: the consulate is hundreds of kilometres away from where our nationals work
p: consular staff are too few and do not visit workers in detention
p: families at home wait months for news when someone is arrested or dies
s: open a 24-hour consular hotline with WhatsApp support
s: send mobile consular teams to the farms and construction sites
s: appoint labour attachés in the main destination cities
s: set up an emergency fund for repatriation and legal aid
P: Our nationals abroad feel abandoned; {n} is very weak {place}, and {p}.
P: When something goes wrong, {p}.
P: We need to talk about {n}: {p}.
S: The foreign ministry should {s} {time}.
S: To strengthen {n}, {actor} could {s}.
S: A concrete step would be to {s}.
-- fr
n: la protection consulaire | le soutien de nos consulats | l'assistance consulaire à l'étranger
n: l'aide de l'ambassade en cas de problème | le réseau consulaire
p: les travailleurs en difficulté à l'étranger ne parviennent à joindre personne à l'ambassade
p: le consulat se trouve à des centaines de kilomètres des lieux où travaillent nos ressortissants
p: le personnel consulaire est trop peu nombreux et ne rend pas visite aux travailleurs détenus
p: les familles au pays attendent des mois pour avoir des nouvelles
  en cas d'arrestation ou de décès
s: ouvrir une permanence consulaire joignable 24 heures sur 24, y compris sur WhatsApp
s: envoyer des équipes consulaires mobiles dans les exploitations et sur les chantiers
s: nommer des attachés chargés du travail dans les principales villes de destination
s: créer un fonds d'urgence pour le rapatriement et l'aide juridique
P: Nos ressortissants à l'étranger se sentent abandonnés, et {n} reste très faible : {p}.
P: Quand quelque chose tourne mal, {p}.
P: Il faut parler franchement : {n} ne fonctionne pas bien {place}.
S: Le ministère des Affaires étrangères devrait {s} {time}.
S: Pour renforcer {n}, il faudrait {s}.
S: Mesure concrète possible : {s}.
-- es
n: la protección consular | el apoyo de nuestros consulados | la asistencia consular en el exterior
n: la ayuda de la embajada cuando hay problemas | la red consular
p: los trabajadores en problemas en el exterior no logran comunicarse con nadie en la embajada
p: el consulado queda a cientos de kilómetros de donde trabajan nuestros connacionales
p: el personal consular es muy escaso y no visita a los trabajadores detenidos
p: las familias esperan meses para tener noticias cuando alguien es detenido o fallece
s: abrir una línea consular 24 horas, también por WhatsApp
s: enviar consulados móviles a las fincas y a las obras
s: nombrar agregados laborales en las principales ciudades de destino
s: crear un fondo de emergencia para repatriaciones y asistencia legal
P: Nuestros connacionales en el exterior se sienten abandonados, y {n} sigue siendo muy débil: {p}.
P: Cuando algo sale mal, {p}.
P: Hay que decirlo claro: {n} no está funcionando {place}.
S: La cancillería debería {s} {time}.
S: Para fortalecer {n}, habría que {s}.
S: Una medida concreta: {s}.

== human trafficking
-- en
n: human trafficking | trafficking in persons | the trade in people
n: forced labour and sexual exploitation | the exploitation of trafficked workers
p: young women are promised jobs in hotels and end up exploited
p: victims are afraid to go to the police because they fear deportation
p: traffickers recruit openly on social media and nobody stops them
p: the few shelters are full and cases take years to reach court
s: train police, labour inspectors and health workers to identify victims
s: open more shelters and guarantee victims a residence permit
s: monitor online job ads together with the platforms
s: create joint investigation teams with the neighbouring countries
P: {place}, {p}; this is {n}, plain and simple.
P: What worries us most is {n}: {p}.
P: Many families here do not recognise the signs of {n}, and {p}.
S: To fight {n}, we must {s}.
S: {actor} should {s} {time}.
S: Victims need protection first; we propose to {s}.
-- fr
n: la traite des êtres humains | la traite des personnes | les réseaux de traite
n: le travail forcé et l'exploitation sexuelle | le trafic d'êtres humains à des fins d'exploitation
p: des jeunes femmes se voient promettre un emploi dans l'hôtellerie et finissent exploitées
p: les victimes n'osent pas aller à la police par peur d'être expulsées
p: les trafiquants recrutent ouvertement sur les réseaux sociaux sans être inquiétés
p: les rares foyers d'accueil sont pleins et les affaires mettent des années à être jugées
s: former la police, les inspecteurs du travail et les soignants à identifier les victimes
s: ouvrir davantage de foyers et garantir un titre de séjour aux victimes
s: surveiller les offres d'emploi en ligne avec les plateformes
s: créer des équipes d'enquête communes avec les pays voisins
P: {place}, {p} ; il faut appeler les choses par leur nom : {n}.
P: Ce qui nous inquiète le plus concerne {n} : {p}.
P: Beaucoup de familles ne reconnaissent pas les signes, et {p}.
S: Pour lutter contre {n}, il faut {s}.
S: {time}, l'État devrait {s}, en lien avec {actor}.
S: Les victimes doivent être protégées en priorité ; il faudrait {s}.
-- es
n: la trata de personas | las redes de trata | el trabajo forzoso y la explotación sexual
n: la trata con fines de explotación | el negocio de la trata
p: a muchas jóvenes les prometen trabajo en hoteles y terminan explotadas
p: las víctimas no se animan a ir a la policía por miedo a la deportación
p: los tratantes reclutan abiertamente en redes sociales y nadie los detiene
p: los pocos albergues están llenos y los casos tardan años en llegar a juicio
s: capacitar a policías, inspectores de trabajo y personal de salud
  para identificar a las víctimas
s: abrir más albergues y garantizar un permiso de residencia a las víctimas
s: vigilar los anuncios de empleo en línea junto con las plataformas
s: crear equipos conjuntos de investigación con los países vecinos
P: {place}, {p}; hay que llamarlo por su nombre: {n}.
P: Lo que más nos preocupa tiene que ver con {n}: {p}.
P: Muchas familias no reconocen las señales, y {p}.
S: Para combatir {n}, hay que {s}.
S: {time}, el Estado debería {s}, en coordinación con {actor}.
S: Primero hay que proteger a las víctimas; proponemos {s}.

== migrant smuggling
-- en
n: migrant smuggling | the smuggling trade | people smuggling
n: the organised smuggling of migrants | the trade in irregular crossings
p: smugglers charge thousands of dollars and abandon people in the desert
p: young men pay smugglers because there is no legal way to leave
p: boats leave overloaded from our coast almost every week
p: local officials are sometimes paid to look the other way
s: prosecute the organisers rather than the migrants themselves
s: run awareness campaigns in the towns where smugglers recruit
s: seize the assets of smuggling networks through financial investigations
s: open more legal pathways so people do not need smugglers
P: {place}, {n} is a booming business; {p}.
P: Our coast has become a departure point: {p}.
P: We are very concerned about {n}, because {p}.
S: To dismantle {n}, {actor} must {s}.
S: {time}, the authorities should {s}.
S: Repression alone does not work; we must also {s}.
-- fr
n: le trafic de migrants | le passage clandestin | les réseaux de passeurs
n: le business des passeurs | l'organisation des traversées irrégulières
p: les passeurs demandent des milliers de dollars et abandonnent les gens dans le désert
p: les jeunes paient des passeurs parce qu'il n'existe aucune voie légale pour partir
p: des embarcations surchargées quittent notre côte presque chaque semaine
p: certains agents locaux sont payés pour fermer les yeux
s: poursuivre les organisateurs plutôt que les migrants eux-mêmes
s: mener des campagnes de sensibilisation dans les villes où recrutent les passeurs
s: saisir les avoirs des réseaux grâce à des enquêtes financières
s: ouvrir davantage de voies légales pour que les gens n'aient plus besoin de passeurs
P: {place}, le problème numéro un concerne {n} : {p}.
P: Notre littoral est devenu un point de départ : {p}.
P: Nous sommes très préoccupés par {n}, car {p}.
S: Pour démanteler {n}, il faut {s}.
S: {time}, les autorités devraient {s}.
S: La répression seule ne suffit pas ; il faut aussi {s}.
-- es
n: el tráfico ilícito de migrantes | las redes de coyotes | los traficantes de personas
n: el negocio de los coyotes | los cruces irregulares organizados por traficantes
p: los coyotes cobran miles de dólares y abandonan a la gente en el desierto
p: los jóvenes pagan a traficantes porque no hay ninguna vía legal para salir
p: casi cada semana salen embarcaciones sobrecargadas desde nuestra costa
p: a algunos funcionarios locales les pagan para que miren hacia otro lado
s: procesar a los organizadores y no a los migrantes
s: hacer campañas de información en los pueblos donde reclutan los coyotes
s: decomisar los bienes de las redes mediante investigaciones financieras
s: abrir más vías regulares para que la gente no necesite traficantes
P: {place}, el problema número uno tiene que ver con {n}: {p}.
P: Nuestra costa se volvió un punto de salida: {p}.
P: Nos preocupa mucho todo lo relacionado con {n}, porque {p}.
S: Para desmantelar {n}, hay que {s}.
S: {time}, las autoridades deberían {s}.
S: La represión sola no funciona; también hay que {s}.

== labour mobility pathways
-- en
n: legal labour migration channels | regular pathways for work abroad | labour mobility schemes
n: bilateral labour agreements | safe routes to jobs abroad
p: employers abroad need workers, but our young people have no legal way to reach them
p: the few quotas that exist are filled through connections
p: agreements are signed but never implemented
p: people who could go legally end up going irregularly
s: negotiate a bilateral labour agreement with clear quotas and protections
s: match job seekers with foreign employers through the public employment service
s: pilot a circular migration scheme in construction and care
s: train candidates in the skills employers abroad are asking for
P: The demand is there, but {n} are missing {place}; {p}.
P: Without {n}, {p}.
P: {place}, {p}.
S: {time}, the labour ministry could {s}.
S: We propose to {s}, with {actor} involved from the start.
S: To create more {n}, governments should {s}.
-- fr
n: les voies légales de migration de travail | les filières régulières pour travailler à l'étranger
n: les programmes de mobilité de main-d'œuvre | les accords bilatéraux de main-d'œuvre
n: les parcours sûrs vers l'emploi à l'étranger
p: les employeurs à l'étranger cherchent des travailleurs,
  mais nos jeunes n'ont aucun moyen légal de les rejoindre
p: les rares quotas disponibles sont attribués par piston
p: les accords sont signés mais jamais mis en œuvre
p: des gens qui pourraient partir légalement finissent par partir de façon irrégulière
s: négocier un accord bilatéral avec des quotas clairs et des garanties de protection
s: mettre en relation les demandeurs d'emploi et les employeurs étrangers
  via le service public de l'emploi
s: tester un programme de migration circulaire dans le bâtiment et les soins
s: former les candidats aux compétences recherchées par les employeurs étrangers
P: La demande existe, mais {place} il manque {n} : {p}.
P: Le problème de fond concerne {n} : {p}.
P: {place}, {p}.
S: {time}, le ministère du Travail pourrait {s}.
S: Notre proposition : {s}, en impliquant {actor} dès le départ.
S: Pour développer {n}, les gouvernements devraient {s}.
-- es
n: las vías regulares de migración laboral | los canales legales para trabajar en el exterior
n: los programas de movilidad laboral | los acuerdos bilaterales de trabajo
n: las rutas seguras hacia un empleo afuera
p: los empleadores en el exterior necesitan trabajadores,
  pero nuestros jóvenes no tienen cómo llegar legalmente
p: los pocos cupos que existen se reparten por palancas
p: los acuerdos se firman pero nunca se implementan
p: gente que podría irse legalmente termina yéndose de forma irregular
s: negociar un acuerdo bilateral con cupos claros y garantías de protección
s: vincular a quienes buscan empleo con empleadores extranjeros
  a través del servicio público de empleo
s: poner a prueba un programa de migración circular en construcción y cuidados
s: formar a los candidatos en las habilidades que piden los empleadores extranjeros
P: La demanda existe, pero {place} no contamos con {n}: {p}.
P: El problema de fondo tiene que ver con {n}: {p}.
P: {place}, {p}.
S: {time}, el ministerio de trabajo podría {s}.
S: Nuestra propuesta: {s}, involucrando desde el inicio a {actor}.
S: Para ampliar {n}, los gobiernos deberían {s}.

== digital visa processing
-- en
n: visa processing | the online visa system | the e-visa procedure
n: the visa appointment system | the wait for a work permit
p: appointments are sold by middlemen because the booking website always crashes
p: applicants wait four months for a decision and lose the job offer
p: the online form only works in English and rejects scanned documents
p: people travel to the capital three times just to give fingerprints
s: digitise the whole procedure with online tracking of each file
s: open biometric collection points in regional towns
s: block bulk bookings so middlemen cannot resell appointments
s: introduce a fast lane for workers who already have a contract
P: {place}, {n} is a nightmare: {p}.
P: Bureaucracy is the main obstacle; {p}.
P: Our members are frustrated with {n}, because {p}.
S: {time}, the immigration service could {s}.
S: To fix {n}, the simplest measure is to {s}.
S: Together with {actor}, the government should {s}.
-- fr
n: le traitement des visas | le système de visa en ligne | la procédure de visa électronique
n: la prise de rendez-vous pour les visas | l'attente pour obtenir un permis de travail
p: les rendez-vous sont revendus par des intermédiaires parce que le site plante sans cesse
p: les candidats attendent quatre mois une décision et perdent leur offre d'emploi
p: le formulaire en ligne n'existe qu'en anglais et refuse les documents scannés
p: les gens doivent aller trois fois à la capitale juste pour donner leurs empreintes
s: numériser toute la procédure avec un suivi en ligne de chaque dossier
s: ouvrir des points de collecte biométrique dans les villes régionales
s: bloquer les réservations en masse pour que les intermédiaires ne revendent plus les rendez-vous
s: créer une voie rapide pour les travailleurs qui ont déjà un contrat
P: {place}, {n} est un cauchemar : {p}.
P: La bureaucratie est le principal obstacle ; {p}.
P: Nos membres sont exaspérés par {n}, car {p}.
S: {time}, le service de l'immigration pourrait {s}.
S: Pour améliorer {n}, la mesure la plus simple : {s}.
S: Avec {actor}, le gouvernement devrait {s}.
-- es
n: el trámite de visas | el sistema de visas en línea | la visa electrónica
n: el sistema de citas para visas | la espera por un permiso de trabajo
p: los intermediarios revenden las citas porque la página de reservas siempre se cae
p: los solicitantes esperan cuatro meses una respuesta y pierden la oferta de trabajo
p: el formulario en línea solo funciona en inglés y rechaza los documentos escaneados
p: la gente tiene que ir tres veces a la capital solo para dejar sus huellas
s: digitalizar todo el trámite con seguimiento en línea de cada expediente
s: abrir puntos de toma de datos biométricos en las ciudades de provincia
s: bloquear las reservas masivas para que los intermediarios no revendan citas
s: crear un carril rápido para los trabajadores que ya tienen contrato
P: {place}, {n} es una pesadilla: {p}.
P: La burocracia es el principal obstáculo; {p}.
P: Nuestros afiliados están frustrados con {n}, porque {p}.
S: {time}, la autoridad migratoria podría {s}.
S: Para mejorar {n}, lo más sencillo sería {s}.
S: Con {actor}, el gobierno debería {s}.

== xenophobia and public narratives
-- en
n: xenophobia | anti-migrant rhetoric | hate speech against foreigners
n: the negative narrative about migration | discrimination against newcomers
p: some politicians blame migrants for every problem in the city
p: fake news about foreigners spreads on social media every day
p: landlords and employers refuse people because of their accent or skin colour
p: children of migrants are bullied at school
s: launch a campaign with real stories of migrants who contribute to the city
s: train journalists to report on migration with facts
s: create a rapid response team to counter false rumours online
s: organise neighbourhood events where locals and newcomers meet
P: {place}, {n} is growing fast; {p}.
P: The climate has become toxic: {p}.
P: The most pressing problem for us is social, namely {n}, and {p}.
S: To change the narrative, {actor} could {s}.
S: {time}, the city should {s}.
S: Against {n}, the best tool is to {s}.
-- fr
n: la xénophobie | les discours anti-migrants | les propos haineux envers les étrangers
n: le récit négatif sur la migration | la discrimination envers les nouveaux arrivants
p: certains responsables politiques accusent les migrants de tous les maux de la ville
p: de fausses informations sur les étrangers circulent chaque jour sur les réseaux sociaux
p: des propriétaires et des employeurs refusent des personnes
  à cause de leur accent ou de leur couleur de peau
p: les enfants de migrants sont harcelés à l'école
s: lancer une campagne avec de vrais témoignages de migrants qui contribuent à la ville
s: former les journalistes à parler de migration à partir des faits
s: créer une cellule de réponse rapide contre les rumeurs en ligne
s: organiser des fêtes de quartier où habitants et nouveaux arrivants se rencontrent
P: {place}, le climat est devenu toxique : {p}.
P: Le problème le plus grave est social et concerne {n} : {p}.
P: Il faut en parler franchement : {p}.
S: Pour changer le récit, il faudrait {s}, avec {actor}.
S: {time}, la ville devrait {s}.
S: Contre {n}, il faut avant tout {s}.
-- es
n: la xenofobia | el discurso antimigrante | los mensajes de odio contra los extranjeros
n: la narrativa negativa sobre la migración | la discriminación hacia los recién llegados
p: algunos políticos culpan a los migrantes de todos los problemas de la ciudad
p: todos los días circulan noticias falsas sobre extranjeros en redes sociales
p: hay propietarios y empleadores que rechazan a la gente por su acento o su color de piel
p: a los hijos de migrantes les hacen bullying en la escuela
s: lanzar una campaña con historias reales de migrantes que aportan a la ciudad
s: capacitar a periodistas para informar sobre migración con datos
s: crear un equipo de respuesta rápida contra los rumores en línea
s: organizar actividades barriales donde vecinos y recién llegados se conozcan
P: {place}, el ambiente se volvió tóxico: {p}.
P: El problema más grave es social y tiene que ver con {n}: {p}.
P: Hay que decirlo con franqueza: {p}.
S: Para cambiar la narrativa, habría que {s}, con {actor}.
S: {time}, la ciudad debería {s}.
S: Contra {n}, lo primero es {s}.

== migrant health access
-- en
n: access to health care | health service provision for migrants
n: medical care for people without papers | health coverage for migrant workers
n: access to clinics and hospitals
p: undocumented people avoid hospitals because they fear being reported
p: migrant workers have no health insurance and pay everything out of pocket
p: clinics have no interpreters, so patients cannot explain their symptoms
p: pregnant women arrive at the hospital only when there are complications
s: guarantee that health centres never share patient data with immigration
s: extend basic health coverage to all residents regardless of status
s: hire cultural mediators and interpreters in the main clinics
s: send mobile clinics to the farms and informal settlements
P: {place}, {n} remains a huge problem: {p}.
P: Health is our top concern; {p}.
P: For many families, {n} is simply out of reach, and {p}.
S: {time}, the health ministry could {s}.
S: We propose to {s}, together with {actor}.
S: To improve {n}, the city should {s}.
-- fr
n: l'accès aux soins | les services de santé pour les migrants
n: les soins pour les personnes sans papiers | la couverture santé des travailleurs migrants
n: l'accès aux centres de santé et aux hôpitaux
p: les personnes sans papiers évitent l'hôpital par peur d'être signalées
p: les travailleurs migrants n'ont pas d'assurance maladie et paient tout de leur poche
p: les centres de santé n'ont pas d'interprètes,
  donc les patients ne peuvent pas expliquer leurs symptômes
p: les femmes enceintes n'arrivent à l'hôpital qu'en cas de complication
s: garantir que les centres de santé ne transmettent jamais les données des patients
  à l'immigration
s: étendre la couverture santé de base à tous les résidents, quel que soit leur statut
s: recruter des médiateurs culturels et des interprètes dans les principaux centres de santé
s: envoyer des cliniques mobiles dans les exploitations agricoles et les quartiers informels
P: {place}, le problème numéro un touche {n} : {p}.
P: La santé est notre première préoccupation ; {p}.
P: Pour beaucoup de familles, tout bloque sur {n}, et {p}.
S: {time}, le ministère de la Santé pourrait {s}.
S: Nous proposons une action rapide avec {actor} : {s}.
S: Pour améliorer {n}, la ville devrait {s}.
-- es
n: el acceso a la salud | los servicios de salud para migrantes
n: la atención médica para personas sin papeles
n: la cobertura de salud de los trabajadores migrantes | el acceso a clínicas y hospitales
p: las personas sin papeles evitan los hospitales por miedo a ser denunciadas
p: los trabajadores migrantes no tienen seguro y pagan todo de su bolsillo
p: en las clínicas no hay intérpretes y los pacientes no pueden explicar lo que sienten
p: las mujeres embarazadas llegan al hospital solo cuando ya hay complicaciones
s: garantizar que los centros de salud nunca compartan datos de pacientes con migración
s: extender la cobertura básica de salud a todos los residentes sin importar su estatus
s: contratar mediadores culturales e intérpretes en las principales clínicas
s: enviar clínicas móviles a las fincas y a los asentamientos informales
P: {place}, lo más grave es lo que pasa con {n}: {p}.
P: La salud es nuestra principal preocupación; {p}.
P: Para muchas familias todo se complica con {n}, y {p}.
S: {time}, el ministerio de salud podría {s}.
S: Proponemos una acción rápida con {actor}: {s}.
S: Para mejorar {n}, la ciudad debería {s}.

== children and education
-- en
n: schooling for migrant children | access to education for children on the move
n: school enrolment for newcomer children | education for refugee and migrant pupils
n: the situation of children left behind
p: schools ask for documents that families simply do not have
p: children who arrive mid-year wait months for a place in class
p: teenagers drop out to work because they cannot follow lessons in the local language
p: grandparents raise children alone while parents work abroad, and nobody follows them up
s: let every child enrol immediately, whatever their papers
s: offer catch-up classes and language support in schools
s: train teachers to work with pupils who have interrupted schooling
s: set up after-school programmes for children whose parents are abroad
P: {place}, {p}; this is why {n} worries us.
P: The most vulnerable are the children: {p}.
P: Our schools struggle with {n}, because {p}.
S: {time}, the education ministry could {s}.
S: We ask {actor} to help {s}.
S: To protect the right to learn, schools should {s}.
-- fr
n: la scolarisation des enfants migrants | l'accès à l'éducation des enfants en déplacement
n: l'inscription scolaire des enfants nouvellement arrivés
n: l'éducation des élèves réfugiés et migrants | la situation des enfants restés au pays
p: les écoles demandent des documents que les familles n'ont tout simplement pas
p: les enfants qui arrivent en cours d'année attendent des mois avant d'avoir une place
p: les adolescents abandonnent l'école pour travailler,
  car ils ne suivent pas les cours dans la langue locale
p: les grands-parents élèvent seuls les enfants pendant que les parents travaillent à l'étranger,
  sans aucun suivi
s: permettre à chaque enfant de s'inscrire immédiatement, quels que soient ses papiers
s: proposer des cours de rattrapage et un soutien linguistique dans les écoles
s: former les enseignants à accompagner les élèves dont la scolarité a été interrompue
s: créer des activités périscolaires pour les enfants dont les parents sont à l'étranger
P: {place}, {p} ; voilà pourquoi {n} nous inquiète.
P: Les plus vulnérables sont les enfants : {p}.
P: Nos écoles peinent avec {n}, car {p}.
S: {time}, le ministère de l'Éducation pourrait {s}.
S: Nous comptons sur {actor} pour {s}.
S: Pour protéger le droit d'apprendre, les écoles devraient {s}.
-- es
n: la escolarización de niños migrantes | el acceso a la educación de la niñez en movilidad
n: la matrícula de los niños recién llegados | la educación de estudiantes refugiados y migrantes
n: la situación de los niños que se quedan cuando los padres emigran
p: las escuelas piden documentos que las familias simplemente no tienen
p: los niños que llegan a mitad de año esperan meses por un cupo
p: los adolescentes dejan la escuela para trabajar
  porque no pueden seguir las clases en el idioma local
p: los abuelos crían solos a los niños mientras los padres trabajan afuera,
  sin ningún seguimiento
s: permitir que todo niño se matricule de inmediato, tenga o no papeles
s: ofrecer clases de nivelación y apoyo en el idioma en las escuelas
s: capacitar a los docentes para acompañar a estudiantes con escolaridad interrumpida
s: crear programas extraescolares para niños cuyos padres están en el exterior
P: {place}, {p}; por eso nos preocupa {n}.
P: Los más vulnerables son los niños: {p}.
P: Nuestras escuelas tienen dificultades con {n}, porque {p}.
S: {time}, el ministerio de educación podría {s}.
S: Contamos con {actor} para {s}.
S: Para proteger el derecho a aprender, las escuelas deberían {s}.

== social security portability
-- en
n: social security portability | pension rights for migrant workers
n: the transfer of social security contributions | access to pensions after working abroad
n: social protection across borders
p: workers contribute for twenty years abroad and lose everything when they come home
p: nobody explains to migrants how to claim their pension from another country
p: there is no agreement to add up periods of contribution in both countries
p: seasonal workers pay contributions they will never be able to use
s: sign social security agreements with the main destination countries
s: allow contributions to be totalised and pensions to be paid abroad
s: create an information desk on pension rights at the consulates
s: let migrants join the national social insurance scheme voluntarily from abroad
P: {place}, nobody talks about {n}, yet {p}.
P: There is a silent injustice around {n}: {p}.
P: Our members are worried about their old age; {p}.
S: {time}, governments should {s}.
S: To guarantee {n}, {actor} could {s}.
S: One realistic step is to {s}.
-- fr
n: la portabilité des droits sociaux | les droits à la retraite des travailleurs migrants
n: le transfert des cotisations sociales
n: l'accès à la pension après avoir travaillé à l'étranger
n: la protection sociale au-delà des frontières
p: des travailleurs cotisent vingt ans à l'étranger et perdent tout en rentrant
p: personne n'explique aux migrants comment réclamer leur pension dans un autre pays
p: aucun accord ne permet d'additionner les périodes de cotisation dans les deux pays
p: les saisonniers paient des cotisations qu'ils ne pourront jamais utiliser
s: signer des conventions de sécurité sociale avec les principaux pays de destination
s: permettre la totalisation des cotisations et le versement des pensions à l'étranger
s: créer un guichet d'information sur les droits à la retraite dans les consulats
s: permettre aux migrants de s'affilier volontairement au régime national depuis l'étranger
P: {place}, on en parle peu, mais il y a un vrai problème avec {n} : {p}.
P: C'est une injustice silencieuse : {p}.
P: Nos membres s'inquiètent pour leurs vieux jours ; {p}.
S: {time}, les gouvernements devraient {s}.
S: Pour garantir {n}, il faudrait {s}, avec {actor}.
S: Une étape réaliste : {s}.
-- es
n: la portabilidad de la seguridad social | los derechos de pensión de los trabajadores migrantes
n: la transferencia de los aportes a la seguridad social
n: el acceso a la jubilación después de trabajar afuera
n: la protección social más allá de las fronteras
p: hay trabajadores que aportan veinte años en el exterior y lo pierden todo al volver
p: nadie les explica a los migrantes cómo reclamar su pensión en otro país
p: no existe un convenio para sumar los periodos de cotización de ambos países
p: los temporeros pagan aportes que nunca van a poder usar
s: firmar convenios de seguridad social con los principales países de destino
s: permitir que se sumen los aportes y que las pensiones se paguen en el exterior
s: crear un punto de información sobre pensiones en los consulados
s: permitir que los migrantes coticen voluntariamente al sistema nacional desde el exterior
P: {place}, casi nadie habla de esto, pero hay un problema serio con {n}: {p}.
P: Es una injusticia silenciosa: {p}.
P: A nuestros afiliados les preocupa su vejez; {p}.
S: {time}, los gobiernos deberían {s}.
S: Para garantizar {n}, habría que {s}, con {actor}.
S: Un paso realista: {s}.

== diaspora investment
-- en
n: diaspora investment | the savings the diaspora could bring home
n: emigrants putting money into their home towns | diaspora entrepreneurship
n: channelling remittances into productive projects
p: emigrants want to invest at home but do not trust local institutions
p: most remittances go to consumption and nothing is left for businesses
p: diaspora entrepreneurs face endless paperwork to register a company
p: projects launched from abroad fail because nobody on the ground follows them
s: create a diaspora investment desk that handles the paperwork
s: issue diaspora bonds for local infrastructure
s: match diaspora savings with public funds for community projects
s: organise an annual diaspora business forum in the region
P: {place}, {n} is a huge untapped opportunity; {p}.
P: Our diaspora is ready to help, but {p}.
P: We are missing out on {n}, because {p}.
S: {time}, the region could {s}.
S: To unlock {n}, {actor} should {s}.
S: A simple start would be to {s}.
-- fr
n: l'investissement de la diaspora | l'épargne de la diaspora
n: les investissements des émigrés dans leur ville d'origine | l'entrepreneuriat de la diaspora
n: l'orientation des transferts vers des projets productifs
p: les émigrés veulent investir au pays mais n'ont pas confiance dans les institutions locales
p: la plupart des transferts partent dans la consommation et rien ne reste pour les entreprises
p: les entrepreneurs de la diaspora affrontent des démarches interminables pour créer une société
p: les projets lancés depuis l'étranger échouent faute de suivi sur place
s: créer un guichet d'investissement pour la diaspora qui se charge des démarches
s: émettre des obligations diaspora pour financer les infrastructures locales
s: compléter l'épargne de la diaspora par des fonds publics pour des projets communautaires
s: organiser chaque année un forum régional de l'investissement de la diaspora
P: {place}, nous passons à côté d'une énorme opportunité avec {n} : {p}.
P: Notre diaspora est prête à aider, mais {p}.
P: Le potentiel est énorme, pourtant {p}.
S: {time}, la région pourrait {s}.
S: Pour libérer ce potentiel, il faudrait {s}, avec {actor}.
S: Pour commencer simplement : {s}.
-- es
n: la inversión de la diáspora | los ahorros de la diáspora
n: las inversiones de los emigrantes en sus pueblos de origen | el emprendimiento de la diáspora
n: la orientación de las remesas hacia proyectos productivos
p: los emigrantes quieren invertir en su tierra pero no confían en las instituciones locales
p: casi todas las remesas se van en consumo y no queda nada para negocios
p: los emprendedores de la diáspora enfrentan trámites interminables para abrir una empresa
p: los proyectos que se lanzan desde afuera fracasan porque nadie les da seguimiento aquí
s: crear una ventanilla de inversión para la diáspora que se encargue de los trámites
s: emitir bonos de la diáspora para obras de infraestructura local
s: complementar los ahorros de la diáspora con fondos públicos para proyectos comunitarios
s: organizar cada año un foro regional de inversión de la diáspora
P: {place}, estamos desaprovechando una gran oportunidad con {n}: {p}.
P: Nuestra diáspora está dispuesta a ayudar, pero {p}.
P: El potencial es enorme y, sin embargo, {p}.
S: {time}, la región podría {s}.
S: Para aprovechar ese potencial, habría que {s}, con {actor}.
S: Para empezar de forma sencilla: {s}.

== wage theft and protection after return
-- en
n: unpaid wages | wage theft | salaries withheld by employers abroad
n: the money owed to returning workers | unpaid end-of-service benefits
p: workers are sent home before payday and never see their last salaries
p: once people are back, there is no way to file a complaint against the employer abroad
p: employers confiscate passports and hold back wages to stop workers from leaving
p: end-of-service benefits are simply never paid
s: create a wage protection system that pays salaries through bank accounts
s: allow returnees to file claims from home through the consulate or online
s: set up an insurance fund that pays workers when employers default
s: make recruitment agencies jointly liable for unpaid wages
P: {place}, so many returnees tell us about {n}: {p}.
P: The injustice does not stop at the border; {p}.
P: Our hotline receives more calls about {n} than anything else, because {p}.
S: {time}, the two governments should {s}.
S: To deal with {n}, {actor} could {s}.
S: We propose to {s}.
-- fr
n: les salaires impayés | le vol de salaire | les rémunérations retenues par les employeurs
n: l'argent dû aux travailleurs de retour | les indemnités de fin de contrat jamais versées
p: les travailleurs sont renvoyés chez eux avant le jour de paie
  et ne touchent jamais leurs derniers salaires
p: une fois rentrés, les gens n'ont aucun moyen de porter plainte contre l'employeur à l'étranger
p: les employeurs confisquent les passeports et retiennent les salaires pour empêcher les départs
p: les indemnités de fin de service ne sont tout simplement jamais payées
s: créer un système de protection des salaires avec paiement sur compte bancaire
s: permettre aux personnes de retour de déposer plainte depuis le pays, via le consulat ou en ligne
s: mettre en place un fonds d'assurance qui paie les travailleurs quand l'employeur fait défaut
s: rendre les agences de recrutement solidairement responsables des salaires impayés
P: {place}, beaucoup de personnes de retour nous parlent du même problème, {n} : {p}.
P: L'injustice ne s'arrête pas à la frontière ; {p}.
P: Notre ligne d'écoute reçoit surtout des appels sur {n}, car {p}.
S: {time}, les deux gouvernements devraient {s}.
S: Face à ce problème, il faudrait {s}, avec {actor}.
S: Notre proposition : {s}.
-- es
n: los salarios impagos | el robo de salarios | los sueldos retenidos por los empleadores
n: el dinero que se les debe a los trabajadores retornados
n: las indemnizaciones de fin de contrato que nunca se pagan
p: a los trabajadores los mandan de vuelta antes del día de pago
  y nunca ven sus últimos sueldos
p: una vez de regreso, no hay forma de poner una queja contra el empleador extranjero
p: los empleadores retienen pasaportes y sueldos para que la gente no se vaya
p: las liquidaciones simplemente nunca se pagan
s: crear un sistema de protección salarial con pago a cuenta bancaria
s: permitir que los retornados presenten reclamos desde aquí, por el consulado o en línea
s: crear un fondo de seguro que pague a los trabajadores cuando el empleador incumple
s: hacer que las agencias de reclutamiento respondan solidariamente por los salarios impagos
P: {place}, muchos retornados nos cuentan lo mismo sobre {n}: {p}.
P: La injusticia no termina en la frontera; {p}.
P: Nuestra línea de ayuda recibe sobre todo llamadas por {n}, porque {p}.
S: {time}, los dos gobiernos deberían {s}.
S: Frente a este problema, habría que {s}, con {actor}.
S: Nuestra propuesta: {s}.

== regional coordination
-- en
n: regional coordination | cooperation between neighbouring countries
n: coordination among the countries of the corridor
n: dialogue between origin, transit and destination states | joint regional planning on migration
p: each country applies its own rules and migrants get caught in between
p: regional agreements on free movement exist on paper but are ignored at the border
p: information is not shared, so the same people are registered three times
p: ministers meet once a year and nothing changes on the ground
s: create a permanent regional working group with clear follow-up
s: harmonise documents and procedures along the corridor
s: share data on arrivals and needs through a common platform
s: organise joint meetings of mayors from both sides of the border
P: {place}, {p}; {n} is clearly lacking.
P: Migration is regional, but our answers are national: {p}.
P: What is missing most is {n}; {p}.
S: {time}, the regional organisation could {s}.
S: To improve {n}, governments should {s}.
S: Cities can lead too: we propose to {s}, with {actor}.
-- fr
n: la coordination régionale | la coopération entre pays voisins
n: la coordination entre les pays du corridor
n: le dialogue entre pays d'origine, de transit et de destination
n: la planification régionale conjointe
p: chaque pays applique ses propres règles et les migrants se retrouvent coincés entre les deux
p: les accords régionaux de libre circulation existent sur le papier
  mais sont ignorés à la frontière
p: les informations ne sont pas partagées et les mêmes personnes sont enregistrées trois fois
p: les ministres se réunissent une fois par an et rien ne change sur le terrain
s: créer un groupe de travail régional permanent avec un vrai suivi
s: harmoniser les documents et les procédures le long du corridor
s: partager les données sur les arrivées et les besoins via une plateforme commune
s: organiser des rencontres entre maires des deux côtés de la frontière
P: {place}, {p} ; il manque clairement {n}.
P: La migration est régionale, mais nos réponses restent nationales : {p}.
P: Ce qui fait le plus défaut : {n} ; {p}.
S: {time}, l'organisation régionale pourrait {s}.
S: Pour améliorer {n}, les gouvernements devraient {s}.
S: Les villes peuvent aussi agir : nous proposons une initiative avec {actor} pour {s}.
-- es
n: la coordinación regional | la cooperación entre países vecinos
n: la coordinación entre los países del corredor
n: el diálogo entre países de origen, tránsito y destino | la planificación regional conjunta
p: cada país aplica sus propias reglas y los migrantes quedan atrapados en el medio
p: los acuerdos regionales de libre circulación existen en el papel,
  pero en la frontera nadie los respeta
p: la información no se comparte y las mismas personas se registran tres veces
p: los ministros se reúnen una vez al año y nada cambia en el terreno
s: crear un grupo de trabajo regional permanente con seguimiento real
s: armonizar documentos y procedimientos a lo largo del corredor
s: compartir datos sobre llegadas y necesidades en una plataforma común
s: organizar encuentros de alcaldes de ambos lados de la frontera
P: {place}, {p}; claramente falta {n}.
P: La migración es regional, pero nuestras respuestas siguen siendo nacionales: {p}.
P: Lo que más falta: {n}; {p}.
S: {time}, el organismo regional podría {s}.
S: Para mejorar {n}, los gobiernos deberían {s}.
S: Las ciudades también pueden actuar: proponemos una iniciativa con {actor} para {s}.

== border management
-- en
n: border management | the situation at the border crossings | the way border posts work
n: the daily situation at the border | the handling of people at the frontier
p: trucks and travellers wait for days at the crossing with no water or toilets
p: border officials ask for bribes before stamping passports
p: vulnerable people are not identified and are sent back without any screening
p: the posts are understaffed and closed at night, so people cross through the bush
s: modernise the crossing points with joint one-stop border posts
s: train border officials on human rights and referral of vulnerable cases
s: install complaint boxes and cameras to fight petty corruption
s: extend opening hours and add staff during the harvest season
P: {place}, {n} is chaotic: {p}.
P: Our town lives from the border, and {p}.
P: The main issue for us is {n}; {p}.
S: {time}, customs and immigration should {s}.
S: To improve {n}, {actor} could {s}.
S: The quickest fix would be to {s}.
-- fr
n: la gestion des frontières | la situation aux postes-frontières
n: le fonctionnement des postes frontaliers | le contrôle à la frontière
n: le traitement des personnes à la frontière
p: camions et voyageurs attendent des jours au passage, sans eau ni toilettes
p: des agents réclament des pots-de-vin avant de tamponner les passeports
p: les personnes vulnérables ne sont pas identifiées et sont refoulées sans examen
p: les postes manquent de personnel et ferment la nuit, alors les gens passent par la brousse
s: moderniser les points de passage avec des postes frontaliers à guichet unique
s: former les agents aux droits humains et à l'orientation des cas vulnérables
s: installer des boîtes à plaintes et des caméras pour lutter contre la petite corruption
s: allonger les horaires d'ouverture et renforcer les équipes pendant la saison des récoltes
P: {place}, {n} est un vrai chaos : {p}.
P: Notre ville vit de la frontière, et {p}.
P: Le principal problème pour nous concerne {n} ; {p}.
S: {time}, la douane et l'immigration devraient {s}.
S: Pour améliorer {n}, il faudrait {s}, avec {actor}.
S: La solution la plus rapide : {s}.
-- es
n: la gestión de fronteras | la situación en los pasos fronterizos
n: el funcionamiento de los puestos fronterizos | el control en la frontera
n: el trato a las personas en la frontera
p: camiones y viajeros esperan días en el cruce, sin agua ni baños
p: algunos agentes piden coimas antes de sellar los pasaportes
p: a las personas vulnerables no se las identifica y las devuelven sin ninguna evaluación
p: los puestos tienen poco personal y cierran de noche, así que la gente cruza por el monte
s: modernizar los cruces con puestos fronterizos integrados de ventanilla única
s: capacitar a los agentes en derechos humanos y en la derivación de casos vulnerables
s: instalar buzones de quejas y cámaras para combatir la pequeña corrupción
s: ampliar los horarios y reforzar el personal durante la cosecha
P: {place}, {n} es un caos: {p}.
P: Nuestro pueblo vive de la frontera, y {p}.
P: El principal problema para nosotros tiene que ver con {n}; {p}.
S: {time}, aduanas y migración deberían {s}.
S: Para mejorar {n}, habría que {s}, con {actor}.
S: La solución más rápida: {s}.

== missing migrants
-- en
n: missing migrants | people who disappeared on the route | migrants who died or went missing
n: the search for missing relatives | the identification of migrants who died on the way
p: families wait for years without knowing if their son is alive or dead
p: bodies are buried without a name because nobody collects DNA or personal effects
p: mothers travel from country to country looking for their children on their own
p: there is no official list of the people lost at sea from our coast
s: create a regional database that matches missing persons reports with unidentified remains
s: collect DNA samples from families who are searching for a relative
s: give families psychological and legal support while they search
s: set up a single contact point where families can report a disappearance
P: {place}, {p}, and almost nothing is done about {n}.
P: Behind every figure there is a family: {p}.
P: We cannot keep ignoring {n}; {p}.
S: {time}, the authorities should {s}.
S: For the families, {actor} could {s}.
S: We ask for one concrete measure: {s}.
-- fr
n: les migrants disparus | les personnes disparues sur la route
n: les migrants morts ou portés disparus | la recherche des proches disparus
n: l'identification des migrants décédés en chemin
p: des familles attendent pendant des années sans savoir si leur fils est vivant ou mort
p: des corps sont enterrés sans nom parce que personne ne recueille d'ADN ni d'effets personnels
p: des mères vont de pays en pays pour chercher leurs enfants, seules
p: il n'existe aucune liste officielle des personnes perdues en mer au départ de notre côte
s: créer une base de données régionale qui croise les signalements de disparition
  et les corps non identifiés
s: prélever l'ADN des familles qui recherchent un proche
s: offrir aux familles un soutien psychologique et juridique pendant les recherches
s: mettre en place un point de contact unique pour signaler une disparition
P: {place}, {p} ; pour {n}, il n'y a presque rien.
P: Derrière chaque chiffre, il y a une famille : {p}.
P: Nous ne pouvons plus ignorer {n} ; {p}.
S: {time}, les autorités devraient {s}.
S: Pour les familles, il faudrait {s}, avec {actor}.
S: Nous demandons une mesure concrète : {s}.
-- es
n: los migrantes desaparecidos | las personas que desaparecieron en la ruta
n: los migrantes muertos o desaparecidos | la búsqueda de familiares desaparecidos
n: la identificación de migrantes fallecidos en el camino
p: hay familias que esperan años sin saber si su hijo está vivo o muerto
p: entierran cuerpos sin nombre porque nadie toma muestras de ADN ni guarda sus pertenencias
p: hay madres que recorren países buscando a sus hijos por su cuenta
p: no existe una lista oficial de las personas perdidas en el mar desde nuestra costa
s: crear una base de datos regional que cruce los reportes de desaparición
  con los restos no identificados
s: tomar muestras de ADN a las familias que buscan a un ser querido
s: dar apoyo psicológico y legal a las familias mientras buscan
s: crear un punto único de contacto para reportar una desaparición
P: {place}, {p}; frente a {n}, casi no se hace nada.
P: Detrás de cada cifra hay una familia: {p}.
P: No podemos seguir ignorando {n}; {p}.
S: {time}, las autoridades deberían {s}.
S: Para las familias, habría que {s}, con {actor}.
S: Pedimos una medida concreta: {s}.

== alternatives to detention
-- en
n: immigration detention | the detention of migrants | locking people up for their papers
n: the use of detention centres | administrative detention of foreigners
p: families with children are held for weeks in overcrowded centres
p: people are detained only because their permit expired
p: detention costs a fortune and does not make people comply
p: detainees have no lawyer and no idea how long they will stay
s: replace detention with case management and regular reporting
s: end the detention of children completely
s: fund community-based programmes run by NGOs for people awaiting a decision
s: guarantee free legal aid for anyone who is detained
P: {place}, {n} is still the default response; {p}.
P: We see the human cost every day: {p}.
P: Our biggest concern is {n}, because {p}.
S: Alternatives to detention exist: we could {s}.
S: {time}, the interior ministry should {s}.
S: Together with {actor}, we want to {s}.
-- fr
n: la rétention administrative | la détention des migrants
n: l'enfermement des personnes pour une question de papiers | le recours aux centres de rétention
n: la détention des étrangers en situation irrégulière
p: des familles avec enfants sont retenues des semaines dans des centres surpeuplés
p: des personnes sont enfermées uniquement parce que leur titre de séjour a expiré
p: la détention coûte une fortune et n'améliore pas le respect des procédures
p: les personnes retenues n'ont pas d'avocat et ne savent pas combien de temps elles resteront
s: remplacer la détention par un accompagnement individuel et des pointages réguliers
s: mettre fin complètement à la rétention des enfants
s: financer des programmes communautaires gérés par des ONG
  pour les personnes en attente de décision
s: garantir une aide juridique gratuite à toute personne retenue
P: {place}, {n} reste la réponse par défaut : {p}.
P: Nous voyons chaque jour le coût humain : {p}.
P: Notre plus grande inquiétude touche {n}, car {p}.
S: Des alternatives à la détention existent : on pourrait {s}.
S: {time}, le ministère de l'Intérieur devrait {s}.
S: Avec {actor}, nous voulons {s}.
-- es
n: la detención migratoria | la detención de migrantes
n: el encierro de personas por no tener papeles | el uso de las estaciones migratorias
n: la privación de libertad de extranjeros en situación irregular
p: hay familias con niños encerradas durante semanas en centros hacinados
p: se detiene a personas solo porque se les venció el permiso
p: la detención cuesta una fortuna y no hace que la gente cumpla con los trámites
p: los detenidos no tienen abogado ni saben cuánto tiempo van a estar ahí
s: reemplazar la detención por gestión de casos y presentaciones periódicas
s: terminar por completo con la detención de niños y niñas
s: financiar programas comunitarios gestionados por ONG para quienes esperan una decisión
s: garantizar asistencia legal gratuita a toda persona detenida
P: {place}, {n} sigue siendo la respuesta por defecto: {p}.
P: Vemos todos los días el costo humano: {p}.
P: Nuestra mayor preocupación está en {n}, porque {p}.
S: Existen alternativas a la detención: se podría {s}.
S: {time}, el ministerio del interior debería {s}.
S: Con {actor}, queremos {s}.

== legal identity documents
-- en
n: legal identity | identity documents | birth registration
n: access to ID cards and passports | proof of nationality
p: many people have never had a birth certificate and cannot prove who they are
p: without an ID card nobody can open a bank account, rent a room or sign a contract
p: passports cost two months of salary and take half a year to arrive
p: children born on the route are not registered anywhere and risk statelessness
s: run mobile registration campaigns in remote villages and camps
s: issue free birth certificates for every child born in the country,
  whatever the parents' status
s: let consulates issue identity documents quickly and cheaply
s: link civil registration with the health centres where babies are born
P: {place}, the problem starts with {n}: {p}.
P: Everything depends on papers, and {p}.
P: The lack of {n} blocks everything else; {p}.
S: {time}, the local government could {s}.
S: To close the gap in {n}, {actor} should {s}.
S: A measure that costs very little is to {s}.
-- fr
n: l'identité juridique | les documents d'identité | l'enregistrement des naissances
n: l'accès aux cartes d'identité et aux passeports | la preuve de la nationalité
p: beaucoup de gens n'ont jamais eu d'acte de naissance et ne peuvent pas prouver qui ils sont
p: sans carte d'identité, impossible d'ouvrir un compte, de louer une chambre
  ou de signer un contrat
p: un passeport coûte deux mois de salaire et met six mois à arriver
p: les enfants nés sur la route ne sont enregistrés nulle part et risquent l'apatridie
s: organiser des campagnes d'enregistrement mobiles dans les villages isolés et les camps
s: délivrer gratuitement un acte de naissance à chaque enfant né dans le pays,
  quel que soit le statut des parents
s: permettre aux consulats de délivrer des papiers d'identité rapidement et à bas coût
s: relier l'état civil aux maternités et aux centres de santé
P: {place}, tout commence avec {n} : {p}.
P: Tout dépend des papiers, et {p}.
P: Sans solution pour {n}, tout le reste bloque ; {p}.
S: {time}, les autorités locales pourraient {s}.
S: Pour combler ce retard, il faudrait {s}, avec {actor}.
S: Une mesure simple à mettre en place : {s}.
-- es
n: la identidad jurídica | los documentos de identidad | el registro de nacimientos
n: el acceso a cédulas y pasaportes | la prueba de la nacionalidad
p: mucha gente nunca tuvo partida de nacimiento y no puede demostrar quién es
p: sin cédula nadie puede abrir una cuenta, alquilar un cuarto ni firmar un contrato
p: un pasaporte cuesta dos meses de sueldo y tarda medio año en llegar
p: los niños nacidos en la ruta no quedan registrados en ninguna parte
  y corren riesgo de apatridia
s: hacer campañas móviles de registro en las comunidades alejadas y en los campamentos
s: entregar gratis la partida de nacimiento a todo niño nacido en el país,
  sin importar el estatus de los padres
s: permitir que los consulados emitan documentos de identidad de forma rápida y barata
s: conectar el registro civil con los hospitales donde nacen los bebés
P: {place}, todo empieza con {n}: {p}.
P: Todo depende de los papeles, y {p}.
P: Sin una solución para {n}, todo lo demás se traba; {p}.
S: {time}, el gobierno local podría {s}.
S: Para cerrar esa brecha, habría que {s}, con {actor}.
S: Una medida sencilla de implementar: {s}.

== pre-departure information
-- en
n: pre-departure information | orientation before leaving
n: reliable information for people who want to migrate | pre-departure training
n: knowledge about rights and risks before migrating
p: people leave with information from a cousin on Facebook and nothing else
p: workers sign contracts they cannot read and discover the real conditions on arrival
p: nobody knows which agencies are licensed and which are fake
p: many do not know the phone number of their embassy or of a support line
s: make a free pre-departure orientation course mandatory for all contracts
s: open migrant resource centres in the main districts of origin
s: launch a trusted mobile app with rights, contacts and licensed agencies
s: use community radio and returnees to explain the real risks
P: {place}, {n} is very poor: {p}.
P: Too many people leave blind; {p}.
P: The root of many problems is a lack of {n}: {p}.
S: {time}, the labour ministry could {s}.
S: To improve {n}, we should {s}, with {actor}.
S: Something simple: {s}.
-- fr
n: l'information avant le départ | l'orientation préalable au départ
n: une information fiable pour ceux qui veulent migrer | la formation pré-départ
n: la connaissance des droits et des risques avant de partir
p: les gens partent avec les conseils d'un cousin sur Facebook et rien d'autre
p: les travailleurs signent des contrats qu'ils ne peuvent pas lire
  et découvrent les vraies conditions à l'arrivée
p: personne ne sait quelles agences sont agréées et lesquelles sont fausses
p: beaucoup ignorent le numéro de leur ambassade ou d'une ligne d'assistance
s: rendre obligatoire une formation gratuite avant le départ pour tous les contrats
s: ouvrir des centres de ressources pour migrants dans les principaux districts de départ
s: lancer une application fiable avec les droits, les contacts et la liste des agences agréées
s: utiliser les radios communautaires et les personnes de retour pour expliquer les vrais risques
P: {place}, {n} reste très insuffisante : {p}.
P: Trop de gens partent à l'aveugle ; {p}.
P: Beaucoup de problèmes commencent avant le départ, et {n} fait défaut : {p}.
S: {time}, le ministère du Travail pourrait {s}.
S: Pour améliorer {n}, il faudrait {s}, avec {actor}.
S: Une idée simple : {s}.
-- es
n: la información previa a la partida | la orientación antes de viajar
n: la información confiable para quienes quieren migrar | la capacitación previa a la salida
n: el conocimiento de derechos y riesgos antes de migrar
p: la gente se va con lo que le dijo un primo por Facebook y nada más
p: los trabajadores firman contratos que no pueden leer
  y descubren las condiciones reales al llegar
p: nadie sabe qué agencias tienen licencia y cuáles son falsas
p: muchos no conocen el número de su embajada ni de una línea de ayuda
s: hacer obligatorio un curso gratuito de orientación previa para todos los contratos
s: abrir centros de recursos para migrantes en los principales municipios de origen
s: lanzar una aplicación confiable con derechos, contactos y agencias autorizadas
s: usar las radios comunitarias y a los retornados para explicar los riesgos reales
P: {place}, {n} es muy deficiente: {p}.
P: Demasiada gente se va a ciegas; {p}.
P: Muchos problemas empiezan antes de salir, y falla {n}: {p}.
S: {time}, el ministerio de trabajo podría {s}.
S: Para mejorar {n}, habría que {s}, con {actor}.
S: Algo sencillo: {s}.

== domestic workers
-- en
n: the situation of housemaids and nannies | the treatment of live-in housemaids
n: violations of the rights of migrant domestic workers
n: abuse of women working in private homes | working conditions in domestic work
p: housemaids work eighteen hours a day with no day off
p: employers keep their passports and forbid them to leave the house
p: domestic work is excluded from the labour code, so inspectors cannot enter homes
p: women who run away are accused of theft and arrested
s: include domestic work in the labour law and ratify ILO Convention 189
s: introduce a standard contract with a weekly day off and a minimum wage
s: set up safe houses and a multilingual hotline for women employed in households
s: allow maids and carers to change employer without losing their visa
P: {place}, we are alarmed by {n}: {p}.
P: Behind closed doors, {p}.
P: Our association hears every week about {n}; {p}.
S: {time}, the government should {s}.
S: To protect women working in households, {actor} could {s}.
S: A first step would be to {s}.
-- fr
n: la situation des travailleuses domestiques
n: le traitement des employées de maison logées chez l'employeur
n: le respect des droits des travailleuses domestiques migrantes
n: les abus contre les femmes qui travaillent chez des particuliers
n: les conditions de travail dans le secteur domestique
p: les employées de maison travaillent dix-huit heures par jour sans jour de repos
p: les employeurs gardent leur passeport et leur interdisent de sortir
p: le travail domestique est exclu du code du travail,
  donc les inspecteurs ne peuvent pas entrer dans les maisons
p: les femmes qui s'enfuient sont accusées de vol et arrêtées
s: inclure le travail domestique dans le code du travail et ratifier la convention 189 de l'OIT
s: imposer un contrat type avec un jour de repos hebdomadaire et un salaire minimum
s: ouvrir des foyers sûrs et une ligne d'écoute multilingue pour les travailleuses domestiques
s: permettre aux travailleuses domestiques de changer d'employeur sans perdre leur visa
P: {place}, nous sommes très inquiets pour {n} : {p}.
P: Derrière les portes closes, {p}.
P: Chaque semaine, notre association reçoit des témoignages sur {n} ; {p}.
S: {time}, le gouvernement devrait {s}.
S: Pour protéger les travailleuses domestiques, il faudrait {s}, avec {actor}.
S: Un premier pas : {s}.
-- es
n: la situación de las trabajadoras del hogar
n: el trato a las empleadas domésticas que viven en la casa del empleador
n: los derechos de las trabajadoras domésticas migrantes
n: los abusos contra mujeres que trabajan en casas particulares
n: las condiciones laborales en el trabajo doméstico
p: las empleadas trabajan dieciocho horas al día sin un solo día libre
p: los empleadores les quitan el pasaporte y no las dejan salir de la casa
p: el trabajo doméstico está excluido del código laboral
  y los inspectores no pueden entrar en los hogares
p: a las mujeres que escapan las acusan de robo y las detienen
s: incluir el trabajo doméstico en la ley laboral y ratificar el Convenio 189 de la OIT
s: establecer un contrato tipo con un día libre semanal y salario mínimo
s: abrir casas refugio y una línea de ayuda en varios idiomas para trabajadoras del hogar
s: permitir que las trabajadoras domésticas cambien de empleador sin perder la visa
P: {place}, nos alarma todo lo que vemos con {n}: {p}.
P: Puertas adentro, {p}.
P: Cada semana nuestra asociación recibe testimonios sobre {n}; {p}.
S: {time}, el gobierno debería {s}.
S: Para proteger a las trabajadoras del hogar, habría que {s}, con {actor}.
S: Un primer paso: {s}.

== seasonal agricultural workers
-- en
n: seasonal farm work | the treatment of seasonal agricultural workers
n: the harvest labour force | temporary work on farms and plantations
n: the seasonal worker programme
p: pickers sleep in containers next to the fields with no running water
p: growers cannot find enough workers at harvest time and crops rot
p: seasonal workers are paid by the kilo and end up below the minimum wage
p: exposure to pesticides and heat makes people sick, and nobody checks
s: set up a seasonal worker scheme with guaranteed housing standards
s: send labour inspectors to the farms during the harvest peak
s: organise transport and health checks for seasonal workers
s: give seasonal workers who come back every year priority when they reapply
P: {place}, {n} is a constant headache; {p}.
P: Every harvest season it is the same story: {p}.
P: For our farmers' cooperative, the issue is {n}: {p}.
S: {time}, the agriculture and labour ministries could {s}.
S: Before the next harvest, we should {s}.
S: Together with {actor}, growers could {s}.
-- fr
n: le travail agricole saisonnier | le traitement des saisonniers agricoles
n: la main-d'œuvre des récoltes | le travail temporaire dans les exploitations et les plantations
n: le programme de travailleurs saisonniers
p: les cueilleurs dorment dans des conteneurs au bord des champs, sans eau courante
p: les producteurs ne trouvent pas assez de bras au moment de la récolte et les fruits pourrissent
p: les saisonniers sont payés au kilo et finissent sous le salaire minimum
p: les pesticides et la chaleur rendent les gens malades, et personne ne contrôle
s: créer un programme saisonnier avec des normes de logement garanties
s: envoyer des inspecteurs du travail dans les exploitations au pic des récoltes
s: organiser le transport et des visites médicales pour les saisonniers
s: donner la priorité aux saisonniers qui reviennent d'une année sur l'autre
P: {place}, {n} pose problème chaque année : {p}.
P: À chaque récolte, c'est la même histoire : {p}.
P: Pour notre coopérative agricole, la question concerne {n} : {p}.
S: {time}, les ministères de l'Agriculture et du Travail pourraient {s}.
S: Avant la prochaine récolte, il faut {s}.
S: Avec {actor}, les producteurs pourraient {s}.
-- es
n: el trabajo agrícola de temporada | el trato a los jornaleros agrícolas temporales
n: la mano de obra de la cosecha | el trabajo temporal en fincas y plantaciones
n: el programa de trabajadores temporeros
p: los jornaleros duermen en contenedores junto a los campos, sin agua corriente
p: los productores no consiguen suficientes trabajadores en la cosecha y la fruta se pudre
p: a los temporeros les pagan por kilo y terminan ganando menos del mínimo
p: los pesticidas y el calor enferman a la gente, y nadie controla
s: crear un programa de temporada con normas de vivienda garantizadas
s: enviar inspectores de trabajo a las fincas en el pico de la cosecha
s: organizar el transporte y controles de salud para los temporeros
s: dar prioridad a los temporeros que vuelven año tras año
P: {place}, {n} es un problema cada año: {p}.
P: En cada cosecha es la misma historia: {p}.
P: Para nuestra cooperativa agrícola, el tema de fondo tiene que ver con {n}: {p}.
S: {time}, los ministerios de agricultura y de trabajo podrían {s}.
S: Antes de la próxima cosecha, hay que {s}.
S: Con {actor}, los productores podrían {s}.

== student mobility
-- en
n: student mobility | the student visa process | access to scholarships abroad
n: the situation of foreign students | the chance to study abroad
p: bright students get accepted abroad but their visa is refused
p: foreign students here cannot work legally and fall into debt
p: graduates who studied abroad have no right to stay and look for a job
p: scholarships go to the children of the elite, not to rural youth
s: create a fast student visa with a clear list of documents
s: allow international students to work part-time and stay after graduation
s: fund scholarships reserved for students from rural and poor areas
s: sign exchange agreements between our universities and those in the region
P: {place}, there are serious obstacles around {n}: {p}.
P: Our young people want to study, and {p}.
P: For the university, the concern is {n}: {p}.
S: {time}, the ministry of higher education could {s}.
S: To improve {n}, {actor} should {s}.
S: A simple policy change would be to {s}.
-- fr
n: la mobilité étudiante | la procédure de visa étudiant | l'accès aux bourses d'études à l'étranger
n: la situation des étudiants étrangers | la possibilité d'étudier à l'étranger
p: de brillants étudiants sont admis à l'étranger mais leur visa est refusé
p: les étudiants étrangers ici ne peuvent pas travailler légalement et s'endettent
p: les diplômés formés à l'étranger n'ont pas le droit de rester pour chercher un emploi
p: les bourses vont aux enfants de l'élite, pas aux jeunes des zones rurales
s: créer un visa étudiant rapide avec une liste claire de documents
s: permettre aux étudiants internationaux de travailler à temps partiel
  et de rester après le diplôme
s: financer des bourses réservées aux étudiants des zones rurales et pauvres
s: signer des accords d'échange entre nos universités et celles de la région
P: {place}, tout est bloqué pour {n} : {p}.
P: Nos jeunes veulent étudier, et {p}.
P: Pour l'université, la préoccupation concerne {n} : {p}.
S: {time}, le ministère de l'Enseignement supérieur pourrait {s}.
S: Pour améliorer {n}, il faudrait {s}, avec {actor}.
S: Un simple changement de règle : {s}.
-- es
n: la movilidad estudiantil | el trámite de la visa de estudiante | el acceso a becas en el exterior
n: la situación de los estudiantes extranjeros | la posibilidad de estudiar afuera
p: estudiantes brillantes son admitidos afuera pero les niegan la visa
p: los estudiantes extranjeros aquí no pueden trabajar legalmente y se endeudan
p: quienes se gradúan afuera no tienen derecho a quedarse a buscar trabajo
p: las becas se las llevan los hijos de la élite y no los jóvenes rurales
s: crear una visa de estudiante rápida con una lista clara de requisitos
s: permitir que los estudiantes internacionales trabajen medio tiempo
  y se queden después de graduarse
s: financiar becas reservadas para estudiantes de zonas rurales y pobres
s: firmar convenios de intercambio entre nuestras universidades y las de la región
P: {place}, todo está trabado con {n}: {p}.
P: Nuestros jóvenes quieren estudiar, y {p}.
P: Para la universidad, la preocupación tiene que ver con {n}: {p}.
S: {time}, el ministerio de educación superior podría {s}.
S: Para mejorar {n}, habría que {s}, con {actor}.
S: Un simple cambio de reglas: {s}.

== family reunification
-- en
n: family reunification | bringing families together | getting visas for spouses and children
n: the reunion of parents and children | reuniting separated families
p: parents wait years before they can bring their children
p: the income threshold is so high that ordinary workers never qualify
p: children grow up without their mothers because the paperwork never ends
p: DNA tests and document checks cost more than a month's salary
s: shorten the procedure and set a legal deadline for decisions
s: lower the income requirement for workers in essential sectors
s: accept alternative proof of family ties when documents are missing
s: give reunited family members the right to work from day one
P: {place}, {n} takes forever: {p}.
P: Families are kept apart for too long; {p}.
P: What hurts our members most is the delay in {n}: {p}.
S: {time}, the immigration authority could {s}.
S: To speed up {n}, we propose to {s}.
S: {actor} should push to {s}.
-- fr
n: le regroupement familial | la réunification des familles
n: l'obtention de visas pour les conjoints et les enfants | le droit de vivre en famille
n: la réunion des familles séparées
p: des parents attendent des années avant de pouvoir faire venir leurs enfants
p: le seuil de revenus est si élevé que les travailleurs ordinaires ne sont jamais éligibles
p: des enfants grandissent sans leur mère parce que les démarches n'en finissent pas
p: les tests ADN et les vérifications de documents coûtent plus d'un mois de salaire
s: raccourcir la procédure et fixer un délai légal pour les décisions
s: abaisser le seuil de revenus pour les travailleurs des secteurs essentiels
s: accepter d'autres preuves du lien familial quand les documents manquent
s: donner aux membres de la famille le droit de travailler dès leur arrivée
P: {place}, {n} prend une éternité : {p}.
P: Les familles restent séparées trop longtemps ; {p}.
P: Ce qui fait le plus souffrir nos membres, ce sont les délais pour {n} : {p}.
S: {time}, l'administration de l'immigration pourrait {s}.
S: Pour accélérer {n}, nous proposons une mesure simple : {s}.
S: Avec {actor}, il faudrait {s}.
-- es
n: la reunificación familiar | la reagrupación de las familias
n: la obtención de visas para cónyuges e hijos | el derecho a vivir en familia
n: el reencuentro de familias separadas
p: hay padres que esperan años para poder traer a sus hijos
p: el umbral de ingresos es tan alto que los trabajadores comunes nunca califican
p: hay niños que crecen sin su madre porque los trámites no terminan nunca
p: las pruebas de ADN y la verificación de documentos cuestan más de un mes de sueldo
s: acortar el trámite y fijar un plazo legal para las decisiones
s: bajar el requisito de ingresos para trabajadores de sectores esenciales
s: aceptar otras pruebas del vínculo familiar cuando faltan documentos
s: dar a los familiares reunificados el derecho a trabajar desde el primer día
P: {place}, {n} tarda una eternidad: {p}.
P: Las familias pasan demasiado tiempo separadas; {p}.
P: Lo que más duele a nuestros afiliados son las demoras con {n}: {p}.
S: {time}, la autoridad migratoria podría {s}.
S: Para agilizar {n}, proponemos una medida sencilla: {s}.
S: Con {actor}, habría que {s}.

== urban inclusion and housing
-- en
n: affordable housing for migrants | access to decent housing | overcrowding in rented rooms
n: the housing crisis in migrant neighbourhoods
n: the growth of informal settlements on the outskirts
p: landlords refuse tenants without a local guarantor or a permanent contract
p: ten people share one room and pay high rents in cash
p: newcomers end up in informal settlements without water, electricity or transport
p: evictions happen without notice and families end up on the street
s: create a rental guarantee fund for newcomers with low income
s: convert empty public buildings into transitional housing
s: connect informal settlements to basic services and public transport
s: open a municipal welcome centre that helps people find housing and services
P: {place}, {n} is the most visible problem: {p}.
P: Housing is where exclusion starts; {p}.
P: As a city, we struggle with {n}: {p}.
S: {time}, the municipality could {s}.
S: To make the city more inclusive, {actor} should {s}.
S: We propose to {s}, with {actor} as partners.
-- fr
n: le logement abordable pour les migrants | l'accès à un logement décent
n: la surpopulation dans les logements loués | la crise du logement dans les quartiers d'accueil
n: l'extension des quartiers informels en périphérie
p: les propriétaires refusent les locataires sans garant local ni contrat à durée indéterminée
p: dix personnes partagent une pièce et paient des loyers élevés en liquide
p: les nouveaux arrivants finissent dans des quartiers informels
  sans eau, sans électricité ni transports
p: les expulsions se font sans préavis et des familles se retrouvent à la rue
s: créer un fonds de garantie locative pour les nouveaux arrivants à faibles revenus
s: transformer des bâtiments publics vides en logements de transition
s: raccorder les quartiers informels aux services de base et aux transports publics
s: ouvrir un centre d'accueil municipal qui aide à trouver un logement et des services
P: {place}, le problème le plus visible concerne {n} : {p}.
P: L'exclusion commence par le logement ; {p}.
P: En tant que ville, nous avons du mal avec {n} : {p}.
S: {time}, la commune pourrait {s}.
S: Pour une ville plus inclusive, il faudrait {s}, avec {actor}.
S: Nous proposons un partenariat avec {actor} pour {s}.
-- es
n: la vivienda asequible para migrantes | el acceso a una vivienda digna
n: el hacinamiento en cuartos de alquiler | la crisis de vivienda en los barrios de acogida
n: el crecimiento de asentamientos informales en la periferia
p: los propietarios rechazan a inquilinos sin fiador local o sin contrato fijo
p: diez personas comparten un cuarto y pagan alquileres altos en efectivo
p: los recién llegados terminan en asentamientos informales sin agua, luz ni transporte
p: los desalojos ocurren sin aviso y las familias terminan en la calle
s: crear un fondo de garantía de alquiler para recién llegados con bajos ingresos
s: convertir edificios públicos vacíos en vivienda transitoria
s: conectar los asentamientos informales a los servicios básicos y al transporte público
s: abrir un centro municipal de acogida que ayude a encontrar vivienda y servicios
P: {place}, el problema más visible tiene que ver con {n}: {p}.
P: La exclusión empieza por la vivienda; {p}.
P: Como ciudad, nos cuesta enfrentar {n}: {p}.
S: {time}, el municipio podría {s}.
S: Para una ciudad más inclusiva, habría que {s}, con {actor}.
S: Proponemos una alianza con {actor} para {s}.

== language training
-- en
n: language training | the offer of language courses for newcomers | learning the local language
n: classes in the national language for adults | the language barrier
p: adults work long shifts and the only classes are during working hours
p: without the language, qualified people stay stuck in low-skilled jobs
p: waiting lists for free courses are more than a year long
p: mothers at home are isolated because they never get a chance to learn
s: offer free evening and weekend classes close to where people live
s: combine language lessons with vocational training on the job
s: provide childcare during classes so mothers can attend
s: develop an online course with the vocabulary needed at work
P: {place}, everything gets stuck on {n}: {p}.
P: Everything starts with the language; {p}.
P: Our members keep asking about {n}, because {p}.
S: {time}, the city could {s}.
S: To improve {n}, {actor} should {s}.
S: Employers could help: the idea is to {s}.
-- fr
n: l'apprentissage de la langue | les cours de langue pour les nouveaux arrivants
n: la formation linguistique | les cours de langue nationale pour adultes | la barrière de la langue
p: les adultes travaillent en horaires longs et les seuls cours ont lieu pendant la journée
p: sans la langue, des personnes qualifiées restent bloquées dans des emplois peu qualifiés
p: les listes d'attente pour les cours gratuits dépassent un an
p: les mères au foyer sont isolées parce qu'elles n'ont jamais l'occasion d'apprendre
s: proposer des cours gratuits le soir et le week-end près des lieux de vie
s: combiner cours de langue et formation professionnelle en entreprise
s: organiser une garde d'enfants pendant les cours pour que les mères puissent venir
s: développer un cours en ligne avec le vocabulaire utile au travail
P: {place}, le premier obstacle à l'intégration concerne {n} : {p}.
P: Tout commence par la langue ; {p}.
P: Nos membres nous interrogent souvent sur {n}, car {p}.
S: {time}, la ville pourrait {s}.
S: Pour améliorer {n}, il faudrait {s}, avec {actor}.
S: Les employeurs peuvent aider ; l'idée : {s}.
-- es
n: el aprendizaje del idioma | los cursos de idioma para recién llegados
n: la formación lingüística | las clases de idioma para adultos | la barrera del idioma
p: los adultos tienen turnos largos y las únicas clases son en horario laboral
p: sin el idioma, personas calificadas quedan atrapadas en trabajos poco calificados
p: las listas de espera para los cursos gratuitos superan un año
p: las madres que están en casa quedan aisladas porque nunca tienen ocasión de aprender
s: ofrecer clases gratuitas por la noche y los fines de semana cerca de donde vive la gente
s: combinar las clases de idioma con formación profesional en el trabajo
s: ofrecer cuidado infantil durante las clases para que las madres puedan asistir
s: desarrollar un curso en línea con el vocabulario que se necesita en el trabajo
P: {place}, el primer obstáculo para la integración tiene que ver con {n}: {p}.
P: Todo empieza por el idioma; {p}.
P: Nuestros afiliados preguntan mucho sobre {n}, porque {p}.
S: {time}, la ciudad podría {s}.
S: Para mejorar {n}, habría que {s}, con {actor}.
S: Los empleadores pueden ayudar; la idea: {s}.

== financial inclusion and banking
-- en
n: access to bank accounts | financial inclusion of migrants | access to basic banking
n: access to credit and savings products | financial exclusion
p: banks refuse to open accounts for people without a residence permit
p: workers keep their savings in cash and get robbed
p: without a credit history, nobody can get a loan to start a business
p: women migrants often have no account in their own name
s: allow banks to accept consular IDs and refugee cards for basic accounts
s: offer financial literacy sessions before departure and after arrival
s: create micro-credit lines for migrants and returnees
s: work with mobile money providers to reach people in rural areas
P: {place}, {n} is a real problem: {p}.
P: Money is a daily worry for our members; {p}.
P: The banks are closed to us; {p}.
S: {time}, the central bank could {s}.
S: To improve {n}, {actor} should {s}.
S: Our proposal: {s}.
-- fr
n: l'accès aux comptes bancaires | l'inclusion financière des migrants
n: les services bancaires de base | l'accès au crédit et à l'épargne | l'exclusion financière
p: les banques refusent d'ouvrir un compte aux personnes sans titre de séjour
p: les travailleurs gardent leurs économies en liquide et se font voler
p: sans historique de crédit, personne n'obtient de prêt pour lancer une activité
p: beaucoup de migrantes n'ont aucun compte à leur nom
s: autoriser les banques à accepter les cartes consulaires et les cartes de réfugié
  pour un compte de base
s: proposer une éducation financière avant le départ et après l'arrivée
s: créer des lignes de microcrédit pour les migrants et les personnes de retour
s: travailler avec les opérateurs de mobile money pour atteindre les zones rurales
P: {place}, il y a un vrai problème avec {n} : {p}.
P: L'argent est un souci quotidien pour nos membres ; {p}.
P: Les banques nous sont fermées ; {p}.
S: {time}, la banque centrale pourrait {s}.
S: Pour améliorer {n}, il faudrait {s}, avec {actor}.
S: Ce que nous proposons : {s}.
-- es
n: el acceso a cuentas bancarias | la inclusión financiera de los migrantes
n: los servicios bancarios básicos | el acceso al crédito y al ahorro | la exclusión financiera
p: los bancos se niegan a abrir cuentas a personas sin permiso de residencia
p: los trabajadores guardan sus ahorros en efectivo y los asaltan
p: sin historial crediticio nadie consigue un préstamo para emprender
p: muchas mujeres migrantes no tienen ninguna cuenta a su nombre
s: permitir que los bancos acepten la matrícula consular y el carné de refugiado
  para una cuenta básica
s: ofrecer educación financiera antes de la salida y después de la llegada
s: crear líneas de microcrédito para migrantes y retornados
s: trabajar con proveedores de dinero móvil para llegar a las zonas rurales
P: {place}, hay un problema serio con {n}: {p}.
P: El dinero es una preocupación diaria para nuestros afiliados; {p}.
P: Los bancos nos cierran la puerta; {p}.
S: {time}, el banco central podría {s}.
S: Para mejorar {n}, habría que {s}, con {actor}.
S: Nuestra propuesta concreta: {s}.

== data protection in migration systems
-- en
n: data protection in migration systems | the handling of migrants' personal data
n: biometric data collection | the sharing of personal data between agencies
n: surveillance through migration databases
p: fingerprints and photos are collected without explaining how they will be used
p: information given to a health centre ends up with the police
p: databases are shared with other countries without any safeguards
p: a leak of visa files exposed thousands of applicants last year
s: adopt a data protection law that covers migration and border agencies
s: set up firewalls between public services and immigration enforcement
s: inform people in their language about what data is collected and why
s: carry out independent audits of biometric systems
P: {place}, {n} worries many people: {p}.
P: Nobody talks about privacy, yet {p}.
P: We are concerned about {n}, because {p}.
S: {time}, the government should {s}.
S: To build trust, {actor} could {s}.
S: The minimum would be to {s}.
-- fr
n: la protection des données dans les systèmes migratoires
n: le traitement des données personnelles des migrants | la collecte de données biométriques
n: le partage des données personnelles entre administrations
n: la surveillance par les bases de données migratoires
p: les empreintes et les photos sont collectées sans expliquer à quoi elles serviront
p: les informations données à un centre de santé finissent chez la police
p: les bases de données sont partagées avec d'autres pays sans aucune garantie
p: une fuite de dossiers de visa a exposé des milliers de demandeurs l'an dernier
s: adopter une loi sur la protection des données qui couvre les services migratoires et frontaliers
s: établir un cloisonnement strict entre les services publics et le contrôle de l'immigration
s: informer les personnes dans leur langue sur les données collectées et leur usage
s: faire réaliser des audits indépendants des systèmes biométriques
P: {place}, {n} inquiète beaucoup de gens : {p}.
P: Personne ne parle de vie privée, pourtant {p}.
P: Nous sommes préoccupés par {n}, car {p}.
S: {time}, le gouvernement devrait {s}.
S: Pour rétablir la confiance, il faudrait {s}, avec {actor}.
S: Le strict minimum : {s}.
-- es
n: la protección de datos en los sistemas migratorios
n: el manejo de los datos personales de los migrantes | la recolección de datos biométricos
n: el intercambio de datos personales entre instituciones
n: la vigilancia a través de las bases de datos migratorias
p: se toman huellas y fotos sin explicar para qué se van a usar
p: la información que se da en un centro de salud termina en manos de la policía
p: las bases de datos se comparten con otros países sin ninguna salvaguarda
p: el año pasado una filtración de expedientes de visa expuso a miles de solicitantes
s: aprobar una ley de protección de datos que cubra a migración y a las autoridades fronterizas
s: establecer cortafuegos entre los servicios públicos y el control migratorio
s: informar a las personas en su idioma sobre qué datos se recogen y para qué
s: realizar auditorías independientes de los sistemas biométricos
P: {place}, {n} preocupa a mucha gente: {p}.
P: Nadie habla de privacidad y, sin embargo, {p}.
P: Nos preocupa {n}, porque {p}.
S: {time}, el gobierno debería {s}.
S: Para recuperar la confianza, habría que {s}, con {actor}.
S: Lo mínimo: {s}.

== gender-based violence on migration routes
-- en
n: gender-based violence on the routes | sexual violence against women in transit
n: the abuse women and girls suffer on the journey | violence against migrant women
n: the danger for women travelling alone
p: women are raped at checkpoints and in smugglers' safe houses and never report it
p: girls are forced to exchange sex for passage or protection
p: survivors arrive pregnant or sick and find no specialised care
p: shelters along the route are mixed and unsafe for women
s: open women-only safe spaces along the main transit points
s: train border and health staff to respond to survivors of sexual violence
s: guarantee emergency contraception and post-rape kits in transit clinics
s: fund women's organisations that accompany survivors
P: {place}, {n} is a hidden emergency: {p}.
P: Women pay the highest price on the road; {p}.
P: We cannot stay silent about {n}: {p}.
S: {time}, health and protection actors should {s}.
S: To protect women on the move, {actor} could {s}.
S: One urgent measure is to {s}.
-- fr
n: les violences basées sur le genre sur les routes migratoires
n: les violences sexuelles contre les femmes en transit
n: les abus subis par les femmes et les filles pendant le voyage
n: la violence contre les femmes migrantes | les dangers pour les femmes qui voyagent seules
p: des femmes sont violées aux barrages et dans les planques des passeurs,
  sans jamais porter plainte
p: des jeunes filles sont contraintes d'échanger des rapports sexuels
  contre un passage ou une protection
p: les survivantes arrivent enceintes ou malades et ne trouvent aucune prise en charge spécialisée
p: les hébergements le long de la route sont mixtes et dangereux pour les femmes
s: ouvrir des espaces sûrs réservés aux femmes sur les principaux points de transit
s: former le personnel frontalier et soignant à la prise en charge des survivantes
  de violences sexuelles
s: garantir la contraception d'urgence et les kits post-viol dans les centres de santé de transit
s: financer les organisations de femmes qui accompagnent les survivantes
P: Il y a une urgence invisible {place}, et elle concerne {n} : {p}.
P: Les femmes paient le prix le plus lourd sur la route ; {p}.
P: Nous ne pouvons pas nous taire sur {n} : {p}.
S: {time}, les acteurs de la santé et de la protection devraient {s}.
S: Pour protéger les femmes en déplacement, il faudrait {s}, avec {actor}.
S: Une mesure urgente : {s}.
-- es
n: la violencia de género en las rutas migratorias
n: la violencia sexual contra mujeres en tránsito
n: los abusos que sufren mujeres y niñas durante el viaje
n: la violencia contra las mujeres migrantes | los peligros para las mujeres que viajan solas
p: violan a mujeres en los retenes y en las casas de seguridad de los coyotes,
  y nunca denuncian
p: a muchas niñas las obligan a tener sexo a cambio de paso o de protección
p: las sobrevivientes llegan embarazadas o enfermas y no encuentran atención especializada
p: los albergues en la ruta son mixtos e inseguros para las mujeres
s: abrir espacios seguros solo para mujeres en los principales puntos de tránsito
s: capacitar al personal fronterizo y de salud para atender a sobrevivientes de violencia sexual
s: garantizar anticoncepción de emergencia y kits post-violación en las clínicas de tránsito
s: financiar a las organizaciones de mujeres que acompañan a las sobrevivientes
P: Hay una emergencia invisible {place}, y tiene que ver con {n}: {p}.
P: Las mujeres pagan el precio más alto en el camino; {p}.
P: No podemos callar frente a {n}: {p}.
S: {time}, los actores de salud y protección deberían {s}.
S: Para proteger a las mujeres en movimiento, habría que {s}, con {actor}.
S: Una medida urgente: {s}.

== migrants in crises and evacuation
-- en
n: the situation of migrants caught in crises | the evacuation of nationals during conflicts
n: emergency assistance for migrants in disasters
n: the protection of foreign workers when war breaks out
n: contingency planning for migrants in emergencies
p: when fighting started, thousands of our workers were trapped with no way out
p: migrants are left out of evacuation plans because they are not on any list
p: people lost their savings and documents when they had to flee
p: during the floods, shelters turned away foreigners without papers
s: register nationals abroad so they can be contacted in an emergency
s: include migrants in national disaster and evacuation plans
s: pre-arrange charter flights and border crossings with neighbouring states
s: create a reserve fund for emergency evacuations
P: {place}, the last crisis exposed big gaps in {n}: {p}.
P: Nobody thinks about migrants until a disaster strikes; {p}.
P: Our biggest lesson from recent emergencies concerns {n}: {p}.
S: {time}, the foreign ministry and civil protection should {s}.
S: To be ready next time, {actor} could {s}.
S: Before the next emergency, we must {s}.
-- fr
n: la situation des migrants pris dans les crises
n: l'évacuation des ressortissants en cas de conflit
n: l'aide d'urgence aux migrants lors des catastrophes
n: la protection des travailleurs étrangers quand la guerre éclate
n: la planification d'urgence pour les migrants
p: quand les combats ont commencé, des milliers de nos travailleurs se sont retrouvés piégés
p: les migrants sont oubliés dans les plans d'évacuation parce qu'ils ne figurent sur aucune liste
p: des gens ont perdu leurs économies et leurs papiers en fuyant
p: pendant les inondations, des abris ont refusé des étrangers sans papiers
s: recenser les ressortissants à l'étranger pour pouvoir les contacter en cas d'urgence
s: intégrer les migrants dans les plans nationaux de gestion des catastrophes et d'évacuation
s: préparer à l'avance des vols affrétés et des passages frontaliers avec les pays voisins
s: créer un fonds de réserve pour les évacuations d'urgence
P: {place}, la dernière crise a révélé de grosses lacunes concernant {n} : {p}.
P: Personne ne pense aux migrants avant la catastrophe ; {p}.
P: La principale leçon des dernières urgences touche {n} : {p}.
S: {time}, les Affaires étrangères et la protection civile devraient {s}.
S: Pour être prêts la prochaine fois, il faudrait {s}, avec {actor}.
S: Avant la prochaine urgence, il faut {s}.
-- es
n: la situación de los migrantes atrapados en crisis
n: la evacuación de connacionales durante conflictos
n: la asistencia de emergencia a migrantes en desastres
n: la protección de los trabajadores extranjeros cuando estalla una guerra
n: la planificación de contingencia para migrantes
p: cuando empezaron los combates, miles de nuestros trabajadores quedaron atrapados sin salida
p: a los migrantes los dejan fuera de los planes de evacuación porque no figuran en ninguna lista
p: la gente perdió sus ahorros y sus documentos al tener que huir
p: durante las inundaciones, algunos albergues rechazaron a extranjeros sin papeles
s: registrar a los connacionales en el exterior para poder contactarlos en una emergencia
s: incluir a los migrantes en los planes nacionales de desastres y evacuación
s: acordar de antemano vuelos chárter y pasos fronterizos con los países vecinos
s: crear un fondo de reserva para evacuaciones de emergencia
P: {place}, la última crisis dejó ver grandes vacíos en {n}: {p}.
P: Nadie piensa en los migrantes hasta que llega el desastre; {p}.
P: La principal lección de las últimas emergencias tiene que ver con {n}: {p}.
S: {time}, la cancillería y protección civil deberían {s}.
S: Para estar listos la próxima vez, habría que {s}, con {actor}.
S: Antes de la próxima emergencia, hay que {s}.

== regularisation of undocumented migrants
-- en
n: the regularisation of undocumented migrants | status for people without papers
n: the lack of legal status | access to residence permits | irregular status
p: thousands of people have lived here for years without any papers
p: without a permit, people work in the informal economy and are easily exploited
p: expired permits cannot be renewed from inside the country
p: undocumented parents are afraid to take their children to school or to the doctor
s: open a regularisation programme for people who have lived and worked here for two years
s: allow permits to be renewed online without leaving the country
s: create a permit linked to a job offer for people already in the country
s: give a temporary status to people whose cases have been pending for years
P: {place}, many other problems come back to {n}: {p}.
P: Many people are trapped in irregularity; {p}.
P: Our priority is progress on {n}, because {p}.
S: {time}, the government could {s}.
S: To end the limbo, {actor} should {s}.
S: We support a simple idea: {s}.
-- fr
n: la régularisation des sans-papiers | le statut des personnes sans papiers
n: l'absence de statut légal | l'accès aux titres de séjour | la situation irrégulière
p: des milliers de personnes vivent ici depuis des années sans aucun papier
p: sans titre de séjour, les gens travaillent dans l'informel et sont facilement exploités
p: les titres expirés ne peuvent pas être renouvelés depuis le territoire
p: les parents sans papiers ont peur d'emmener leurs enfants à l'école ou chez le médecin
s: ouvrir un programme de régularisation pour les personnes qui vivent et travaillent ici
  depuis deux ans
s: permettre le renouvellement des titres en ligne sans quitter le pays
s: créer un titre de séjour lié à une offre d'emploi pour les personnes déjà présentes
s: accorder un statut temporaire aux personnes dont le dossier est en attente depuis des années
P: {place}, beaucoup d'autres problèmes découlent d'une même cause, {n} : {p}.
P: Beaucoup de gens sont piégés dans l'irrégularité ; {p}.
P: Notre priorité porte sur {n}, car {p}.
S: {time}, le gouvernement pourrait {s}.
S: Pour sortir de l'impasse, il faudrait {s}, avec {actor}.
S: Nous soutenons une idée simple : {s}.
-- es
n: la regularización de los migrantes indocumentados | el estatus de las personas sin papeles
n: la falta de estatus legal | el acceso a permisos de residencia
n: la situación migratoria irregular
p: miles de personas llevan años viviendo aquí sin ningún papel
p: sin permiso, la gente trabaja en la informalidad y es fácil de explotar
p: los permisos vencidos no se pueden renovar desde dentro del país
p: los padres sin papeles tienen miedo de llevar a sus hijos a la escuela o al médico
s: abrir un programa de regularización para quienes llevan dos años viviendo y trabajando aquí
s: permitir la renovación de permisos en línea sin salir del país
s: crear un permiso ligado a una oferta de empleo para quienes ya están en el país
s: dar un estatus temporal a las personas cuyos casos llevan años pendientes
P: {place}, muchos otros problemas nacen de una misma causa, {n}: {p}.
P: Mucha gente está atrapada en la irregularidad; {p}.
P: Nuestra prioridad está en {n}, porque {p}.
S: {time}, el gobierno podría {s}.
S: Para salir del limbo, habría que {s}, con {actor}.
S: Apoyamos una idea sencilla: {s}.
"""
