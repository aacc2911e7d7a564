// The sector of an advert — agriculture, construction, care work … — from its title and text, by
// native job-board vocabulary in the eleven pack languages. It feeds the salary baseline (pay is
// compared within a sector and country) and the context an analyst sees.
//
// Why a lexicon and not a model: it runs on every advert and must stay far below a tenth of a
// millisecond; a word list is auditable (the evidence words are the reason) and corrected by
// editing one line. Words are matched on text folded the same way as the lexicon (lower case,
// diacritics removed), with three kinds of entry: whole words, stems (`harvest*`) and compound
// tails (`*reinigung`, for German and Dutch compounds). Multi-word entries (`au_pair`) match
// consecutive tokens and consume them, which also lets an entry neutralise a false friend
// (`chef_de_projet` is office work, not a cook; `opieka_medyczna` is a benefit, not care work).
import { foldChar } from '../rules/normalise.ts';
import { createHash } from 'node:crypto';

export const SECTORS = [
  'agriculture',
  'food-processing',
  'construction',
  'hospitality',
  'cleaning',
  'care-domestic',
  'logistics-warehouse',
  'manufacturing',
  'transport-driving',
  'entertainment',
  'beauty-massage',
  'retail',
  'office-it',
  'health',
  'education',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Languages with a vocabulary below. */
export const SECTOR_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ro', 'bg', 'lt'] as const;
type Lang = (typeof SECTOR_LANGUAGES)[number];

/** `other` here marks phrases that only neutralise a false friend: they consume tokens, score nothing. */
type Lexicon = Record<Sector, Partial<Record<Lang, string>>>;

// Entry syntax: words separated by spaces; `_` joins the words of a phrase; `stem*` matches words
// starting with the stem; `*tail` matches longer words ending with it. Stems and tails have at
// least four letters. A word may belong to one sector only (checked when the module loads).
const LEXICON: Lexicon = {
  agriculture: {
    en: 'agriculture agricultural farm farms farming farmer farmers farmworker* farmhand* harvest* fruit_pick* berry_pick* vegetable_pick* strawberry strawberries asparagus greenhouse* orchard* vineyard* grape_pick* mushroom_pick* mushroom_farm* livestock dairy_farm* poultry_farm* tractor* horticultur* forestry fisherman fishermen shepherd* cattle milker*',
    de: 'landwirtschaft* landwirt* erntehelfer* erntehilfe* ernte *ernte erntearbeit* spargel* erdbeer* obstbau* gemusebau* gewachshaus* feldarbeit* landarbeit* bauernhof* gartenbau* weinbau* weinlese* winzer* melker* stallarbeit* viehzucht* forstwirt* forstarbeit* baumschul*',
    fr: 'agricole* agriculteur* recolte* cueill* vendange* maraich* arboricult* serres viticul* elevage* eleveur* fraises asperges berger*',
    es: 'agricola agricolas agricultor* recolect* cosecha* temporero* jornalero* invernadero* vendimia* aceituna* fresas recogida_de_fruta granja* ganader* hortofrutic* tractorista* peon_agricola',
    it: 'agricol* braccian* vendemmi* serra stalla allevament* mungitor* frutteto* vigneto* potatur* trattorist* raccolta_della_frutta raccolta_frutta',
    nl: 'landbouw* tuinbouw* glastuinbouw* akkerbouw* oogst* aardbei* champignon* plukken plukker* plukwerk* boerderij* veehouderij* *veehouderij kwekerij* fruitteelt* *teelt asperge*',
    pt: 'agricult* colheita* apanha* vindima* pecuaria morango* tratorist*',
    pl: 'roln* zbiory zbiorach zbiorow truskaw* szklarni* szklarn* farma farmie farmy pieczark* sadownic* ogrodnic* szparag* hodowl* dojarz* traktorzyst*',
    ro: 'ferma ferme fermier* culeg* cules capsun* recolt* zootehn* podgor* livad* tractorist* sere in_sera',
    bg: 'селскостопан* селско земедел* ферм* беритба берач* ягоди оранжери* реколта* животновъд* трактор*',
    lt: 'zemes_uki* zemes_ukio ukinink* uogu uogos uogas skynim* brasku braskes derliaus siltnam* gyvulinink* melzej* traktorinink* zemdirb*',
  },
  'food-processing': {
    en: 'meat_process* food_process* food_production food_factory abattoir* slaughter* butcher* deboner* meat_packing meat_plant poultry_process* poultry_plant fish_process* fish_factory bakery baker bakers cannery canning food_packing packhouse* confectioner* brewery',
    de: 'fleischverarbeit* fleischindustrie fleischerei* fleischer* metzger* schlachthof* *schlachthof schlachter* schlachterei* zerleger* *zerleger ausbeiner* lebensmittelproduk* lebensmittelindustrie lebensmittelverarbeit* fischverarbeit* backerei* konditor* molkerei* brauerei* geflugel*',
    fr: 'agroalimentaire* agro_alimentaire abattoir* boucher* desosseu* decoupe_de_viande transformation_alimentaire conserverie* boulanger* patissier* volaille* poissonn* charcut*',
    es: 'carnic* matadero* despiece deshuesador* alimentar* conserver* panader* pasteler* envasad* manipulador_de_alimentos avicola*',
    it: 'macell* disossator* lavorazione_carni lavorazione_della_carne panific* panettier* pasticcer* caseific* salumific*',
    nl: 'vleesverwerk* vleesindustrie slachterij* slachthuis* uitbener* voedingsindustrie voedselverwerk* levensmiddel* bakkerij* visverwerk* pluimvee* vleeswaren* zuivel*',
    pt: 'matadouro* talho padaria* conserveira* transformacao_de_carne',
    pl: 'miesn* miesa ubojn* rzezni* rozbior* trybowacz* wedlin* spozywcz* piekarn* piekarz* cukiern* drobiars* drobiu rybn* przetworni*',
    ro: 'abator* carmangerie* procesare_carne macelar* dezosat* brutar* patiser* mezeluri',
    bg: 'месопреработ* кланиц* хранителн* пекарн* месар* обвалч* консервн*',
    lt: 'mesos mesin* skerdykl* maisto_pramon* maisto_gamyb* kepykl* kepej* zuvies',
  },
  construction: {
    en: 'construction builder builders building_site* bricklayer* brickie* carpenter* joiner* plasterer* roofer* roofing scaffold* steel_fixer* steelfixer* groundwork* formwork* shuttering drywall* tiler* tiling plumber* plumbing electrician* painter* decorator* demolition excavator* civil_engineer* labourer* cscs renovation* insulation glazier* concrete',
    de: 'bau baustell* bauhelfer* bauarbeit* bauindustrie baugewerb* bauunternehm* bauleit* hochbau* *hochbau tiefbau* *tiefbau trockenbau* *trockenbau maurer* gerustbau* dachdeck* eisenflecht* betonbau* zimmerer* zimmermann fliesenleg* estrich* gebaudetechn* heizungsbau* shk elektriker* elektroinstall* installateur* maler malerarbeit* abbruch* schalungs* polier kranfuhrer* handwerker*',
    fr: 'btp batiment* chantier* macon* coffreu* ferrailleu* couvreu* charpent* plaquiste* platrier* carreleu* plombier* electricien* peintre peintre_en_batiment echafaud* gros_oeuvre second_oeuvre terrassement* menuisier* conducteur_de_travaux conducteur_d_engins',
    es: 'construccion* constructora* constructor* albanil* encofrad* ferrall* yesero* pladur* alicatad* solador* fontaner* electricist* pintor pintores andami* carpinter* reformas maestro_de_obras',
    it: 'edil* cantier* murator* manoval* carpentier* ferraiol* piastrell* idraulic* imbianchin* pontegg* cartongess* elettricist* costruzion*',
    nl: 'bouw bouwplaats* bouwvakker* *bouwvakker bouwbedrijf* bouwsector bouwproject* bouwkund* metselaar* timmerm* stukadoor* steiger* tegelzetter* dakdekker* loodgieter* ijzervlechter* betonwerk* sloopwerk* grondwerk* installatietechn* schilder schilders',
    pt: 'construcao construcoes construtora* pedreiro* cofrag* armador_de_ferro canalizador* trolha* andaim* estucad* ladrilh*',
    pl: 'budow* elektromonter* murarz* tynkarz* ciesl* zbrojarz* betoniarz* dekarz* glazurnik* hydraulik hydraulika hydraulikow elektryk* malarz* rusztowa* wykonczen* remont* koparki koparka brukarz* instalator* instalacji_sanitarn* instalacje_sanitarn*',
    ro: 'constructii constructor* renovar* santier* zidar* dulgher* fierar* betonist* faiantar* instalator* zugrav* tencuial* rigip* schela acoperis*',
    bg: 'строител* строеж* зидар* кофраж* арматурист* бояджи* мазач* шпакловч* плочкаджи* водопроводч* електротехн* кранист* покрив* фаянсаджи*',
    lt: 'statyb* murinink* betuotoj* stalius staliaus dailid* plytelinink* elektrik* santechnik* dazytoj* stogdeng* pastoliu apdailinink* remont*',
  },
  hospitality: {
    en: 'hotel* restaurant* bartender* barman barmen barista* waiter* waitress* waiting_staff kitchen* cook cooks chef chefs head_chef sous_chef pastry_chef commis_chef commis dishwasher* kitchen_porter* housekeeping room_attendant* chambermaid* catering caterer* hospitality front_of_house food_and_beverage pub pubs cafe cafes canteen* guesthouse* bar',
    de: 'hotellerie gastronom* *gastronomie gastro gastgewerb* kuchenhilf* kuchenhelfer* koch koche kochin *koch spuler* spulkraft* spulhilf* zimmermadchen kellner* servicekraft* barkeeper* etagenservice gastwirtschaft imbiss* kantine*',
    fr: 'restauration serveu* cuisin* plongeu* femme_de_chambre valet_de_chambre chef_de_rang chef_de_cuisine chef_de_partie brasserie* traiteur*',
    es: 'hosteleri* camarer* cociner* cocina ayudante_de_cocina friegaplat* lavaplat* pinche restauracion cafeteria* hostal*',
    it: 'albergh* ristorant* ristorazione cameri* cuoc* aiuto_cuoco lavapiatti pizzaiol* cucina trattoria pizzeria*',
    nl: 'horeca kok koks afwasser* afwashulp* serveerster* kelner* keuken* keukenhulp* barmedewerk* kamermeisje*',
    pt: 'restauracao empregado_de_mesa empregada_de_mesa cozinh* copeir* camareir* pastelaria hotelaria',
    pl: 'restaurac* kelnerk* kucharz* kuchar* kuchenn* kuchni kuchnia zmywak* pokojowk* hotelarst* stolowk*',
    ro: 'receptioner* ospatar* bucatar* spalator_de_vase spalator_vase camerist* pizzer* cantina*',
    bg: 'хотел* ресторант* сервитьор* готвач* кухн* мияч* барман* камериер* бар пицари* кетъринг',
    lt: 'viesbut* restoran* padavej* virej* virtuv* barmen* kambarin* indu_plov* kavin*',
  },
  cleaning: {
    en: 'cleaner cleaners cleaning janitor* custodian* car_wash* carwash* valeter* valeting',
    de: 'reinigung* *reinigung putzkraft* putzhilf* putzfrau* raumpfleg* gebaudereinig* *reiniger autowasch* waschstrass*',
    fr: 'nettoyage agent_d_entretien agent_de_proprete proprete femme_de_menage menage laveur* lavage',
    es: 'limpieza* limpiador* lavado_de_coches lavacoches',
    it: 'pulizi* lavaggio*',
    nl: 'schoonma* *schoonmaak glazenwass* interieurverzorg* poetshulp* autowas* wasstraat*',
    pt: 'limpeza* lavagem* higieniza*',
    pl: 'sprzat* myjni* czyszczen* czystosc*',
    ro: 'curaten* femeie_de_serviciu spalatorie* spalator* igieniz*',
    bg: 'почиств* чистач* хигиенист* автомивк* перал*',
    lt: 'valytoj* valymo valymas tvarkytoj* automobiliu_plov* plovej* skalbykl*',
  },
  'care-domestic': {
    en: 'carer* caregiver* care_worker* care_assistant* support_worker* home_care elderly_care care_home* nanny nannies au_pair* babysitter* babysitting childminder* housekeeper* domestic_worker* domestic_help* domestic_staff maid maids governess*',
    de: 'betreuungskr* seniorenbetreu* betreuerin* betreuer haushaltshilf* haushalterin* hausangestellt* hauswirtschaft* kindermadchen pflegehelf* altenpfleg* haushalt pflege',
    fr: 'aide_a_domicile aide_menagere auxiliaire_de_vie garde_d_enfant* nounou* baby_sitter* gouvernante* employe_de_maison employee_de_maison personnes_agees dame_de_compagnie ehpad domestique',
    es: 'cuidador* personas_mayores ancianos empleada_de_hogar empleado_de_hogar servicio_domestico tareas_del_hogar ninera* canguro ayuda_a_domicilio',
    it: 'badant* colf assistenza_anziani anziani collaboratrice_domestica domestica domestico',
    nl: 'thuiszorg* oppas huishoudelijk* huishoudster* huishoudhulp* ouderenzorg* verzorgend* zorgmedewerk* mantelzorg*',
    pt: 'empregada_domestica empregada_interna trabalho_domestico idosos lar_de_idosos geriatr*',
    pl: 'opiekun* opieka opieki opieke osob_starszych niani* bona pomoc_domowa gosposi* opiekunka_do_dziecka',
    ro: 'ingrijito* batrani* varstnic* menajer*',
    bg: 'болногледач* гледач* детегледач* бавачк* домашна_помощниц* възрастни_хора гледане грижа_за_възрастни',
    lt: 'aukle aukles auklei seneliu seneliu_prieziur* slauge slauges namu_tvarkytoj*',
  },
  'logistics-warehouse': {
    en: 'warehouse* logistic* forklift* forklift_truck* reach_truck* order_pick* picker_packer pick_and_pack packer* packing distribution_centre distribution_center fulfilment_centre fulfillment_center despatch* storeman storemen sorter* picking',
    de: 'lagerhelf* lagerarbeit* lagerist* *lagerist lagermitarbeit* lagerlogist* lagerfachkraft* kommissionier* logistik* *logistik verpack* stapler* gabelstapler* versand* paketsort*',
    fr: 'entrepot* magasinier* preparateur_de_commandes preparatrice_de_commandes preparation_de_commandes logistiq* cariste* manutention* emballage* emballeu* chariot_elevateur',
    es: 'almacen* carretiller* carretilla* preparador_de_pedidos preparadora_de_pedidos preparacion_de_pedidos',
    it: 'magazzin* mulettist* carrellist* muletto imballa* facchin*',
    nl: 'magazijn* *magazijn orderpick* logistiek* *logistiek heftruck* reachtruck* inpak* expeditie* distributiecentrum* orderverzamel*',
    pt: 'armaze* empilhador* embalag* separacao_de_pedidos',
    pl: 'magazyn* logisty* kompletacj* kompletowa* widlow* wozek_widlowy wozka_widlowego pakowa* pakowacz* sortown* skladowani* operator_wozka',
    ro: 'depozit* stivuitor* ambala* manipulant* gestionar*',
    bg: 'склад* мотокар* логист* опаков* товарач* комплектов* разтовар* магазинер*',
    lt: 'sandel* logistik* krautuv* pakuot* komplektuot* krovik*',
  },
  manufacturing: {
    en: 'factory factories manufactur* production production_operative* production_worker* production_line* assembly_line* assembler* machine_operator* cnc welder* welding fabricat* machinist* sewing* seamstress* textile* garment* injection_mould* lathe* plant_operative*',
    de: 'produktion* fabrik* fertigung* montage* schweisser* schweiss* maschinenbed* maschinenfuhr* zerspan* industriemechan* metallbau* metallbear* naherin* textil* spritzgie*',
    fr: 'usine* soudeu* soudure chaudronn* fraiseu* tourneu* usinage couturi* monteu* agent_de_fabrication fabrication',
    es: 'fabrica* produccion soldador* soldadur* montador* torner* fresador* costurer* confeccion cadena_de_montaje linea_de_produccion',
    it: 'fabbrica* stabiliment* produzion* saldat* tornit* fresator* montator* assemblat* sarta sarte sartoria tessil* confezion* metalmeccanic* stampaggio',
    nl: 'productie* fabriek* lasser* assemblage* textiel* naaister* metaalbewerk*',
    pt: 'producao serralheir* costureir* torneiro* linha_de_montagem metalurg* calcad*',
    pl: 'produkcj* produkcyjn* fabryk* operator_maszyn* operator_cnc spawacz* spawan* monter* montaz* tokarz* frezer* szwacz* krawcow* tekstyl* slusarz* lakiernik* budowa_maszyn',
    ro: 'productie sudor* lacatus* strungar* frezor* confecti* croitor* asamblar* cusatoar*',
    bg: 'производств* фабрик* завод* заварчик* шивач* шивашк* текстил* стругар* фрезист* монтаж* цех шлосер*',
    lt: 'gamykl* gamyb* suvirint* siuvej* tekstil* surinkim* tekint* frezuotoj* metalo_apdirb*',
  },
  'transport-driving': {
    en: 'driver* lorry lorries truck* hgv lgv pcv courier* chauffeur* taxi* haulage trucker* tachograph*',
    de: 'fahrer fahrerin fahrerinnen *fahrer lkw kraftfahrer* berufskraftfahr* kurier* fernverkehr nahverkehr spedition* zusteller*',
    fr: 'chauffeu* conducteur conducteurs conductrice livreu* routier* poids_lourd* spl transporteur* vtc coursier*',
    es: 'conductor* chofer* repartidor* camion* transportista* mensajer* taxista*',
    it: 'autista autisti camionist* fattorin* corriere* conducente*',
    nl: 'chauffeur* *chauffeur vrachtwagen* bezorg* koerier*',
    pt: 'motorist* camiao* estafeta* entregador* condutor*',
    pl: 'kierowc* kurier* dostawc* spedycj* taksowk* ciezarow* kat_c kat_ce',
    ro: 'sofer* conducator_auto curier* livrator* tir autocamion* taximetrist* transport_marfa',
    bg: 'шофьор* водач* куриер* доставч* камион* тир тираджи* такси*',
    lt: 'vairuotoj* vilkik* kurjer* tolimuju_reisu taksi* sunkvezim*',
  },
  entertainment: {
    en: 'hostes* dancer* stripper* striptease nightclub* night_club* go_go gogo escort* webcam* cam_model* casino* croupier* entertainer* animator* karaoke lap_danc* erotic* adult_entertainment bar_girl* pole_danc* glamour',
    de: 'tanzerin* tanzer stripperin* nachtbar* bardame* animierdam* table_dance tabledance* erotik* clubarbeit fotomodell* animateur*',
    fr: 'hotesse* danseu* strip_tease boite_de_nuit cabaret* mannequin*',
    es: 'azafat* bailarin* alterne striptease camgirl* discoteca* animador*',
    it: 'ballerin* lap_dance locale_notturno spogliarell* intrattenitric* accompagnatric* cubista modella modelle',
    nl: 'danser* erotisch*',
    pt: 'dancarin* hospedeira* acompanhante*',
    pl: 'tancerk* tancerz* klub_nocny klubie_nocnym klubu_nocnego nocny_klub nocnym_klubie modelk* striptiz* kasyn* krupier* kamerk* kamerce',
    ro: 'dansatoar* dansator* bar_de_noapte club_de_noapte videochat* cazino* crupier*',
    bg: 'хостес* танцьор* стриптийз* нощен_клуб нощни_клубове нощно_заведение компаньонк* аниматор* казино* крупие* вебкам* уебкам*',
    lt: 'sokej* naktinis_klubas naktiniame_klube kazino*',
  },
  'beauty-massage': {
    en: 'massage* *massage masseu* spa spas wellness beautician* beauty* nail_tech* nails manicur* pedicur* hairdress* hair_stylist* hairstylist* barber* tattoo* eyelash* lash_tech* cosmetolog* esthetician* aesthetician*',
    de: 'kosmetik* friseur* frisor* nageldesign* fusspfleg*',
    fr: 'estheti* coiffeu* coiffure onglerie* prothesiste_ongulaire institut_de_beaute beaute manucure*',
    es: 'masaj* estetic* peluquer* quiromasaj*',
    it: 'massagg* estetist* parrucchier* onicotecn* centro_benessere benessere',
    nl: 'schoonheid* kapper* kapsalon* nagelstylist*',
    pt: 'massag* cabeleireir* unhas barbeir*',
    pl: 'masaz* kosmetyczk* kosmetyczn* kosmetolog* fryzjer* paznokci*',
    ro: 'maseu* cosmetic* coafez* frizer* manichiur* unghii infrumuset*',
    bg: 'масаж* козметич* козметик* фризьор* маникюр* педикюр* красота спа',
    lt: 'masaz* kosmetolog* kirpej* manikiur* grozio',
  },
  retail: {
    en: 'retail* cashier* checkout* shop_assistant* sales_assistant* store_assistant* supermarket* merchandis* shopkeeper* convenience_store grocery',
    de: 'verkaufer* einzelhandel* kassierer* kassenkraft* supermarkt* verkaufsberat* regalauffull* discounter drogerie*',
    fr: 'vendeu* caissi* grande_distribution supermarche* hypermarche* libre_service magasin magasins boutique* mise_en_rayon',
    es: 'dependient* cajer* reponedor* supermerc* hipermerc* tienda* vendedor*',
    it: 'commess* cassier* negozi* scaffalist* vendita banconier* grande_distribuzione',
    nl: 'verkoopmedewerk* winkel* kassa* vakkenvuller* detailhandel*',
    pt: 'operador_de_caixa operadora_de_caixa repositor* loja* balconist*',
    pl: 'sprzedaw* kasjer* sklep* dyskont* ekspedient* wykladanie sklep_spozywczy sklepie_spozywczym sklepu_spozywczego',
    ro: 'vanzator* vanzatoar* casier* magazin magazinul magazinului magazinele hipermarket* lucrator_comercial magazin_alimentar',
    bg: 'продавач* касиер* магазин* супермаркет* хипермаркет*',
    lt: 'pardavej* kasinink* parduotuv* prekybos_centr*',
  },
  'office-it': {
    en: 'software developer* programmer* devops frontend backend fullstack full_stack data_analyst* data_scientist* data_entry accountant* accounting bookkeep* payroll administrat* admin office secretar* receptionist* call_centre call_center contact_centre contact_center customer_service helpdesk help_desk it_support technical_support customer_support support_agent* accounts_payable accounts_receivable clerk* human_resources marketing analyst* sysadmin javascript python sql php',
    de: 'buro* sachbearbeit* buchhalt* *buchhalter verwaltung* sekretar* entwickler* *entwickler informatik* programmier* assistenz kundenservice personalwesen',
    fr: 'bureau* comptab* secretai* informatici* developpeu* logiciel* teleconseill* centre_d_appel* juriste* ressources_humaines chef_de_projet hotesse_d_accueil',
    es: 'contabl* contabil* programador* desarrollador* informati* recepcionist* teleoper* atencion_al_cliente',
    it: 'impiegat* amministrativ* segretari* ufficio uffici programmator* sviluppator* centralinist*',
    nl: 'kantoor* boekhoud* ontwikkelaar* programmeur* klantenservice* callcenter* ict',
    pt: 'escritorio* rececionist* apoio_ao_cliente',
    pl: 'biur* ksiegow* programist* informatyk* asystentk* recepcjonist* konsultant* telemarket* obsluga_klienta obslugi_klienta opiekun_klienta',
    ro: 'birou* programator* dezvoltator* economist* relatii_clienti',
    bg: 'офис* счетовод* програмист* администрат* секретар* кол_център обслужване_на_клиенти софтуер* бухгалтер*',
    lt: 'biur* buhalter* programuotoj* vadybinink* klientu_aptarnav* sekretor*',
  },
  health: {
    en: 'nurse nurses nursing hospital hospitals clini* doctor* physician* pharmac* dentist* dental paramedic* healthcare health_care midwi* physiotherap* radiograph* nhs surgeon*',
    de: 'krankenhaus* klinik* arzt arztin arzte *arzt krankenpfleg* krankenschwest* pflegefach* gesundheits* apothe* medizinisch* hebamme* rettungs*',
    fr: 'infirmi* hopital* medecin* aide_soignant* kinesitherap* sage_femme* ambulanci*',
    es: 'enfermer* hospitales medico medicos medica farmac* auxiliar_de_enfermeria fisioterap* odontolog* sanitari* celador*',
    it: 'infermier* ospedal* oss odontoiatr*',
    nl: 'verpleeg* ziekenhuis* huisarts* tandarts* fysiotherap* gezondheidszorg*',
    pt: 'enfermeir*',
    pl: 'pielegniar* lekarz* szpital* przychodni* ratownik* aptek* aptece stomatolog* fizjoterap* polozn*',
    ro: 'asistent_medical asistenta_medicala asistente_medicale medic medici spital* kinetoterap*',
    bg: 'медицинск* лекар* болниц* аптек* фармацевт* стоматолог* рехабилитатор* акушерк* санитар* клиник*',
    lt: 'gydytoj* slaugytoj* ligonin* vaistin* kinezitera* medicin*',
  },
  education: {
    en: 'teacher* teaching tutor tutors tutoring kindergarten* nursery nursery_nurse* lecturer* professor* teaching_assistant* classroom* pupils childcare daycare educa* esl tefl',
    de: 'lehrer* erzieher* kita padagog* dozent* nachhilf* lehrkraft* ausbilder*',
    fr: 'enseignant* professeu* creche* formateu* atsem',
    es: 'profesor* maestr* docente* guarderia* escuela_infantil clases_particulares',
    it: 'insegnant* asilo_nido doposcuola',
    nl: 'leraar* lerares* docent* onderwijs* leerkracht* pedagog* kinderopvang* bso kinderdagverblijf*',
    pt: 'ensino explicador* jardim_de_infancia',
    pl: 'nauczyciel* przedszkol* korepetyc* lektor* wychowaw* zlobk* zlobek',
    ro: 'invatator* gradinit* cadru_didactic didactic*',
    bg: 'учител* преподавател* детска_градина детската_градина детски_градини възпитател* педагог* лектор*',
    lt: 'mokytoj* destytoj* aukletoj* darzel* korepetit*',
  },
  other: {
    en: 'business_model* data_model* take_care medical_insurance health_insurance bar_code',
    fr: 'chef_de chef_d',
    es: 'seguro_medico',
    it: 'assicurazione_sanitaria',
    pl: 'opieka_medyczna opieki_medycznej opieke_medyczna budowanie_relacji',
    ro: 'depozit_de_garantie',
  },
};

// ------------------------------------------------------------------------------------- folding
//
// Every character is folded through one table: lower case, diacritics removed (ą → a, ș → s,
// й → и), a few letters without a decomposition mapped as the rule engine maps them (ł → l,
// ß → ss; rules/normalise.ts). Folded letters
// form a small alphabet — a–z, Cyrillic а–я — so the vocabulary fits a flat trie walked with one
// array read per character, without lower-casing or copying the advert text.

/** Alphabet codes: 1–26 a–z, 27–58 а–я, SEP between the words of a phrase. */
const SEP = 59;
const ALPHABET = 60;
/** Table values besides letters: a separator, a combining mark (skipped), a letter outside the
 *  alphabet (ends any match but not the word), a letter folding to two letters. */
const NONE = 0;
const MARK = 254;
const OTHER_LETTER = 255;
const EXPANDS = 253;
const TABLE_SIZE = 0x1f00;

function letterCode(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (c >= 0x430 && c <= 0x44f) return c - 0x430 + 27;
  return 0;
}

/** Folds the letters of a string as the rule packs' text is folded (rules/normalise.ts: lower case,
 *  no diacritics, ł → l, ß → ss), keeping anything else (the lexicon's "_" and "*") as it is. */
function foldString(s: string): string {
  return [...s].map((c) => (LETTER_OR_MARK.test(c) ? foldChar(c) : c)).join('');
}
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const FOLD = new Uint8Array(TABLE_SIZE);
const EXPANSION = new Map<number, number[]>();
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (/\p{M}/u.test(ch)) {
    FOLD[c] = MARK;
    continue;
  }
  if (!/\p{L}/u.test(ch)) continue;
  const folded = foldString(ch);
  const codes = [...folded].map(letterCode);
  if (codes.length === 1 && codes[0]! > 0) FOLD[c] = codes[0]!;
  else if (codes.length > 1 && codes.every((x) => x > 0)) {
    FOLD[c] = EXPANDS;
    EXPANSION.set(c, codes);
  } else FOLD[c] = OTHER_LETTER;
}

// ------------------------------------------------------------------------------------- the trie

interface Entry {
  /** Index into SECTORS; -1 for a neutralising phrase. */
  sector: number;
  /** Bit i set: listed for SECTOR_LANGUAGES[i]. */
  languages: number;
  /** Letters of a stem or tail, to prefer the longer of two that match one word. */
  length: number;
}

/** A flat trie: `next[node * ALPHABET + letter]` is the child (0: none; node 0 is the root). */
class Trie {
  next: Int32Array | Uint16Array = new Int32Array(1024 * ALPHABET);
  /** Entry index + 1 of a whole word or phrase ending at the node. */
  whole = new Int32Array(1024);
  /** Entry index + 1 of a stem (or, in the reversed trie, a tail) ending at the node. */
  stem = new Int32Array(1024);
  size = 1;

  add(codes: readonly number[], entry: number, isStem: boolean): void {
    let node = 0;
    for (const code of codes) {
      let child = this.next[node * ALPHABET + code]!;
      if (child === 0) {
        child = this.size++;
        this.grow();
        this.next[node * ALPHABET + code] = child;
      }
      node = child;
    }
    (isStem ? this.stem : this.whole)[node] = entry + 1;
  }

  /**
   * Renumbers the nodes breadth first (the short prefixes every word walks through then share a
   * few cache lines) into the smallest array that holds them.
   */
  compact(): void {
    const order = [0];
    const newId = new Int32Array(this.size).fill(-1);
    newId[0] = 0;
    for (let k = 0; k < order.length; k++)
      for (let c = 1; c < ALPHABET; c++) {
        const child = this.next[order[k]! * ALPHABET + c]!;
        if (child > 0 && newId[child] === -1) {
          newId[child] = order.length;
          order.push(child);
        }
      }
    const next =
      this.size < 0xffff ? new Uint16Array(this.size * ALPHABET) : new Int32Array(this.size * ALPHABET);
    const whole = new Int32Array(this.size);
    const stem = new Int32Array(this.size);
    order.forEach((old, id) => {
      for (let c = 1; c < ALPHABET; c++) {
        const child = this.next[old * ALPHABET + c]!;
        if (child > 0) next[id * ALPHABET + c] = newId[child]!;
      }
      whole[id] = this.whole[old]!;
      stem[id] = this.stem[old]!;
    });
    this.next = next;
    this.whole = whole;
    this.stem = stem;
  }

  private grow(): void {
    if (this.size <= this.whole.length) return;
    const cap = this.whole.length * 2;
    const next = new Int32Array(cap * ALPHABET);
    next.set(this.next);
    this.next = next;
    for (const key of ['whole', 'stem'] as const) {
      const a = new Int32Array(cap);
      a.set(this[key]);
      this[key] = a;
    }
  }
}

const MIN_STEM = 4;

function codesOf(key: string, raw: string): number[] {
  return [...key].map((ch) => {
    const code = ch === '_' ? SEP : letterCode(ch);
    if (code === 0)
      throw new Error(
        `sector lexicon: "${raw}" has "${ch}", which is not a letter of a–z or а–я after folding`,
      );
    return code;
  });
}

function buildIndex(lexicon: Lexicon): { entries: Entry[]; forward: Trie; reversed: Trie } {
  const entries: Entry[] = [];
  const forward = new Trie();
  const reversed = new Trie();
  const seen = new Map<string, number>();
  const other = SECTORS.indexOf('other');
  SECTORS.forEach((sector, s) => {
    const sectorIndex = s === other ? -1 : s;
    for (const [lang, words] of Object.entries(lexicon[sector]) as Array<[Lang, string]>) {
      const bit = 1 << SECTOR_LANGUAGES.indexOf(lang);
      for (const raw of words.split(/\s+/u).filter(Boolean)) {
        const key = foldString(raw);
        const known = seen.get(key);
        if (known !== undefined) {
          if (entries[known]!.sector !== sectorIndex)
            throw new Error(`sector lexicon: "${raw}" is listed under two sectors; keep it in one`);
          entries[known]!.languages |= bit;
          continue;
        }
        const id = entries.push({ sector: sectorIndex, languages: bit, length: 0 }) - 1;
        seen.set(key, id);
        const isTail = key.startsWith('*');
        const isStem = key.endsWith('*');
        const word = key.replace(/^\*|\*$/gu, '');
        // A phrase's other words narrow a short stem enough ("zemes_uki*"); a lone stem must not.
        if ((isTail || isStem) && !word.includes('_') && word.length < MIN_STEM)
          throw new Error(`sector lexicon: "${raw}": stems and tails need at least ${MIN_STEM} letters`);
        if (isTail && word.includes('_'))
          throw new Error(`sector lexicon: "${raw}": a tail (*word) cannot be a phrase`);
        const codes = codesOf(word, raw);
        entries[id]!.length = codes.length;
        if (isTail) reversed.add(codes.reverse(), id, true);
        else forward.add(codes, id, isStem);
      }
    }
  });
  forward.compact();
  reversed.compact();
  return { entries, forward, reversed };
}

const { entries: ENTRIES, forward: FORWARD, reversed: REVERSED } = buildIndex(LEXICON);

/** Version of the sector list and vocabulary: bump the number for a change of the list; the hash
 *  follows every change of a word, so assessments say which vocabulary classified them. */
export const SECTOR_VERSION = `1.0.0+${createHash('sha256').update(JSON.stringify(LEXICON)).digest('hex').slice(0, 8)}`;

// ------------------------------------------------------------------------------------- detection

export type SectorField = 'title' | 'text' | 'industry';

export interface SectorEvidence {
  field: SectorField;
  /** The word (or phrase) as written in the advert. */
  word: string;
}

export interface SectorInput {
  title: string;
  text: string;
  /** ISO 639-1 code of the advert, when known: words listed only for other pack languages then
   *  count half (English job titles count fully everywhere; boards in every language use them). */
  language?: string;
  /** Structured industry or occupational category (schema.org JobPosting), counted like the title. */
  industry?: string;
}

export interface SectorResult {
  sector: Sector;
  /** Weighted count of the evidence words; 0 for `other`. */
  score: number;
  /** Words that gave the sector, title first; empty for `other`. */
  evidence: SectorEvidence[];
}

export interface DetectSectorOptions {
  /** Smallest score that names a sector; below it the advert is `other`. Default 2: a title word,
   *  or two different words of the description (one passing mention, "housing in a hotel", is not
   *  enough). */
  minScore?: number;
  /** Weight of a title (and industry) word. Default 3. */
  titleWeight?: number;
  /** Weight of a description word. Default 1. */
  textWeight?: number;
}

const SECTOR_COUNT = SECTORS.length;
const FOREIGN_FACTOR = 0.5;
const EN_BIT = 1 << SECTOR_LANGUAGES.indexOf('en');

// Scratch state reused across calls (detection is synchronous and allocates only its result):
// per sector the score and the part of it from the title, and per entry and field the call that
// last counted it, so an entry counts once per field without clearing a set each call.
const scores = new Float64Array(SECTOR_COUNT);
const titleScores = new Float64Array(SECTOR_COUNT);
const evidence: Array<SectorEvidence[] | undefined> = new Array(SECTOR_COUNT).fill(undefined);
const countedIn = new Int32Array(ENTRIES.length * 3);
let call = 0;
/** Results of walkPhrase. */
let phraseEntry = 0;
let phraseEnd = 0;
/** Result of walkLetters: the deepest stem entry (+1) met. */
let stemMet = 0;

const foldAt = (value: string, i: number): number => {
  const code = value.charCodeAt(i);
  return code < TABLE_SIZE ? FOLD[code]! : NONE;
};

/**
 * Walks the trie over the letters of the word starting at `i`, from `node`. Returns the node
 * reached at the word's end (-1 when the trie has no path) and sets `stemMet` and `wordEnd`.
 * Most words leave the trie after two or three letters; the rest of such a word is skipped by a
 * tight loop.
 */
let wordEnd = 0;
function walkLetters(value: string, i: number, node: number): number {
  const { next, stem } = FORWARD;
  const n = value.length;
  stemMet = 0;
  walk: for (; ; i++) {
    const f = i < n ? foldAt(value, i) : NONE;
    if (f === NONE) {
      wordEnd = i;
      return node;
    }
    if (f < SEP) node = next[node * ALPHABET + f]!;
    else if (f === MARK) continue;
    else if (f === EXPANDS) {
      for (const x of EXPANSION.get(value.charCodeAt(i))!) {
        node = next[node * ALPHABET + x]!;
        if (node === 0) break walk;
      }
    } else break; // a letter outside the alphabet
    if (node === 0) break;
    if (stem[node]! > 0) stemMet = stem[node]!;
  }
  while (i < n && foldAt(value, i) !== NONE) i++;
  wordEnd = i;
  return -1;
}

/** From the node at the end of a word (at `end`), follows phrase paths over the next words; sets
 *  `phraseEntry` (+1, 0 when none) and `phraseEnd` to the longest phrase found. */
function walkPhrase(value: string, end: number, node: number): void {
  const { next, whole } = FORWARD;
  const n = value.length;
  phraseEntry = 0;
  for (;;) {
    const sep = next[node * ALPHABET + SEP]!;
    if (sep === 0) return;
    let i = end;
    while (i < n && foldAt(value, i) === NONE) i++;
    if (i === n) return;
    node = walkLetters(value, i, sep);
    end = wordEnd;
    const hit = node > 0 && whole[node]! > 0 ? whole[node]! : stemMet;
    if (hit > 0) {
      phraseEntry = hit;
      phraseEnd = end;
    }
    if (node <= 0) return;
  }
}

/** The longest tail entry (+1) that the word [from, to) ends with, shorter than the word; 0 when none. */
function walkTail(value: string, from: number, to: number): number {
  const { next, stem } = REVERSED;
  let node = 0;
  let found = 0;
  for (let i = to - 1; i >= from; i--) {
    const f = foldAt(value, i);
    if (f === MARK) continue;
    if (f === OTHER_LETTER) return found;
    if (f === EXPANDS) {
      const letters = EXPANSION.get(value.charCodeAt(i))!;
      for (let k = letters.length - 1; k >= 0; k--) {
        node = next[node * ALPHABET + letters[k]!]!;
        if (node === 0) return found;
      }
    } else {
      node = next[node * ALPHABET + f]!;
      if (node === 0) return found;
    }
    // A tail must leave part of the word before it: "spargelernte", not "ernte" itself.
    if (stem[node]! > 0 && i > from) found = stem[node]!;
  }
  return found;
}

function scan(value: string, field: SectorField, fieldIndex: number, weight: number, langBit: number): void {
  const { whole, next } = FORWARD;
  const n = value.length;
  let i = 0;
  while (i < n) {
    if (foldAt(value, i) === NONE) {
      i++;
      continue;
    }
    // The longest phrase starting at this word wins, then the whole word, then the longer of its
    // longest stem and longest tail.
    const start = i;
    const node = walkLetters(value, i, 0);
    const stem = stemMet;
    let end = wordEnd;
    i = end;
    let entry = node > 0 ? whole[node]! : 0;
    if (node > 0 && next[node * ALPHABET + SEP]! > 0) {
      walkPhrase(value, end, node);
      if (phraseEntry > 0) {
        entry = phraseEntry;
        end = i = phraseEnd;
      }
    }
    if (entry === 0) {
      const tail = end - start > MIN_STEM ? walkTail(value, start, end) : 0;
      entry = tail > 0 && (stem === 0 || ENTRIES[tail - 1]!.length > ENTRIES[stem - 1]!.length) ? tail : stem;
      if (entry === 0) continue;
    }
    const e = ENTRIES[entry - 1]!;
    if (e.sector < 0) continue;
    const slot = (entry - 1) * 3 + fieldIndex;
    if (countedIn[slot] === call) continue;
    countedIn[slot] = call;
    const native = langBit === 0 || (e.languages & (langBit | EN_BIT)) !== 0;
    const points = weight * (native ? 1 : FOREIGN_FACTOR);
    scores[e.sector]! += points;
    if (field !== 'text') titleScores[e.sector]! += points;
    (evidence[e.sector] ??= []).push({ field, word: value.slice(start, end) });
  }
}

/**
 * The sector of an advert. Each distinct vocabulary entry counts once per field: `titleWeight` in
 * the title or industry, `textWeight` in the description. The highest score wins if it reaches
 * `minScore`; ties go to the sector with more title weight, then to the earlier sector in SECTORS.
 */
export function detectSector(input: SectorInput, options: DetectSectorOptions = {}): SectorResult {
  const minScore = options.minScore ?? 2;
  const titleWeight = options.titleWeight ?? 3;
  const textWeight = options.textWeight ?? 1;
  const langIndex = SECTOR_LANGUAGES.indexOf((input.language ?? '').trim().toLowerCase() as Lang);
  const langBit = langIndex >= 0 ? 1 << langIndex : 0;
  scores.fill(0);
  titleScores.fill(0);
  evidence.fill(undefined);
  call = call === 0x7fffffff ? 1 : call + 1;
  if (call === 1) countedIn.fill(0);
  scan(input.title ?? '', 'title', 0, titleWeight, langBit);
  if (input.industry) scan(input.industry, 'industry', 1, titleWeight, langBit);
  scan(input.text ?? '', 'text', 2, textWeight, langBit);

  let best = -1;
  for (let s = 0; s < SECTOR_COUNT; s++) {
    const score = scores[s]!;
    if (score <= 0) continue;
    if (
      best < 0 ||
      score > scores[best]! ||
      (score === scores[best]! && titleScores[s]! > titleScores[best]!)
    )
      best = s;
  }
  if (best < 0 || scores[best]! < minScore) return { sector: 'other', score: 0, evidence: [] };
  return { sector: SECTORS[best]!, score: scores[best]!, evidence: evidence[best]! };
}

/** Whether a value is one of SECTORS. */
export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}
