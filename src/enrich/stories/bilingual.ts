import { stem } from '../text/stem.ts';

// A small German–English keyword list for news, written by us from general knowledge of both languages
// (no dictionary copied). Each line: a concept, then German words | English words. Words are stemmed the
// same way as article text, so inflected forms meet. It covers the vocabulary of common news kinds
// (politics, economy, courts, crime, weather, sport, health, culture, transport), not any particular event.
const LIST = `
government: regierung | government
minister: minister ministerin | minister
chancellor: kanzler kanzlerin bundeskanzler | chancellor
president: präsident präsidentin | president
parliament: parlament bundestag landtag | parliament lawmakers
election: wahl stichwahl wahlen | election runoff vote
mayor: oberbürgermeister oberbürgermeisterin bürgermeister bürgermeisterin | mayor
candidate: kandidat kandidatin | candidate
party: partei | party
opposition: opposition | opposition
resign: rücktritt zurückgetreten zurücktreten | resign resigned resignation
law: gesetz | law bill
court: gericht bundesgerichtshof bgh | court
ruling: urteil entschieden urteilten | ruling ruled
judge: richter richterin | judge judges
tenant: mieter mieterin | tenant tenants
landlord: vermieter vermieterin | landlord landlords
deposit: kaution mietkaution | deposit
rent: miete mieten | rent rents
police: polizei | police
arrest: festgenommen festnahme verhaftet | arrested arrest held
suspect: verdächtige verdächtiger täter | suspect suspects
robbery: überfall raub bankraub banküberfall | robbery robbed heist
bank: bank bankfiliale | bank
jewel: juwelier juweliergeschäft | jeweller jewelry
fire: brand feuer großbrand | fire blaze
firefighter: feuerwehr feuerwehrleute einsatzkräfte | firefighters firefighter
warehouse: lagerhaus lagerhalle | warehouse
injured: verletzt verletzte verletzten | injured hurt injuring
dead: tote toten getötet | dead killed killing
damage: schaden schäden | damage damaging
storm: sturm sturmtief orkan unwetter | storm
flood: hochwasser überflutet überschwemmung sturmflut | flood flooding flooded surge
hail: hagel hagelkörner hagelunwetter | hail hailstorm hailstones
earthquake: erdbeben beben | earthquake quake
weather: wetter wetterdienst | weather
heat: hitze hitzewelle | heat heatwave
record: rekord streckenrekord | record
temperature: temperatur grad | temperature degrees
wind: wind windpark | wind
power: strom | power electricity
energy: energie | energy
inflation: inflation inflationsrate teuerung | inflation
price: preis preise | price prices
interest: zins zinsen leitzins | rate rates interest
central-bank: notenbank zentralbank | central
cut: senkung senkt gesenkt abbau streicht | cut cuts
rise: anstieg steigt gestiegen | rise rose rises
profit: gewinn | profit
dividend: dividende | dividend
share: aktie aktien | share shares
job: stellen arbeitsplätze jobs | jobs
worker: beschäftigte mitarbeiter arbeitnehmer | workers staff employees
union: gewerkschaft | union
strike: streik warnstreik streiken ausstand | strike walkout
pay: lohn gehalt | pay wage wages
company: unternehmen konzern firma | company firm
carmaker: autobauer autohersteller | carmaker automaker
car: auto autos | car cars
plant: werk fabrik | plant factory
insolvency: insolvenz pleite | insolvency bankrupt
store: filiale filialen geschäft | store stores shop
investment: finanzierungsrunde investition | investment round funding
battery: batterie batterien | battery batteries
chip: chip halbleiter | chip chips semiconductor
fund: fonds | fund
billion: milliarde milliarden | billion
million: million millionen | million
percent: prozent | percent
euro: euro | euro euros
train: zug züge bahn | train trains rail
driver: lokführer fahrer | driver drivers
flight: flug flüge | flight flights
airport: flughafen | airport
ferry: fähre fähren | ferry
ship: schiff frachter frachtschiff | ship vessel freighter
collision: kollision zusammenstoß kollidiert zusammengestoßen | collision collided collide
bridge: brücke | bridge
closed: gesperrt sperrung | closed closure
crack: risse riss | cracks crack
school: schule grundschule | school
pupil: schüler kinder | pupils children
outbreak: ausbruch | outbreak
measles: masern | measles
hospital: krankenhaus klinik | hospital
vaccinated: geimpft impfung | vaccinated vaccination
health: gesundheitsamt gesundheit | health
study: studie | study
researcher: forscher wissenschaftler | researchers scientists
university: universität hochschule | university
species: tierart | species
beetle: käfer laufkäfer | beetle
cave: höhle | cave
wolf: wolf wölfe | wolf
sheep: schafe schaf | sheep
zoo: zoo | zoo
elephant: elefant elefanten elefantenbaby | elephant
birth: geburt geboren | born birth
museum: museum | museum
painting: gemälde | painting
stolen: gestohlen gestohlene | stolen
film: film | film movie
festival: festival filmfest | festival
prize: hauptpreis | prize award
director: regisseurin regisseur | director
band: band | band
tour: tournee tour | tour
concert: konzert konzerte | concert concerts
singer: sänger sängerin | singer
ill: erkrankt krank | ill illness sick
cancel: abgesagt absage gestrichen | cancelled cancel scrapped
tennis: tennis | tennis
tournament: turnier | tournament
final: finale | final
coach: trainer | coach
club: verein | club
goal: tor tore | goal goals
cup: pokal | cup
semifinal: halbfinale | semi
marathon: marathon | marathon
win: sieg gewinnt gewonnen siegte | win wins won beat
injury: verletzung | injury
summit: gipfel | summit
leader: staats regierungschefs | leaders
probe: sonde | probe spacecraft
launch: start gestartet | launch launched
rocket: rakete | rocket
sun: sonne | sun
germany: deutschland deutsche deutschen | germany german
europe: europa europäische eu | europe european eu
`;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of LIST.trim().split('\n')) {
    const [concept, words] = line.split(':');
    const [de, en] = words!.split('|');
    for (const word of de!.trim().split(/\s+/)) map.set(`de:${stem(word, 'de')}`, `@${concept}`);
    for (const word of en!.trim().split(/\s+/)) map.set(`en:${stem(word, 'en')}`, `@${concept}`);
  }
  return map;
}

const CONCEPTS = build();

/** The shared concept ("@strike") of a stemmed word in a language, or null when the list has none. */
export function conceptOf(stemmed: string, lang: string): string | null {
  return CONCEPTS.get(`${lang}:${stemmed}`) ?? null;
}
