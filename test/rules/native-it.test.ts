// Hand-written Italian sentences in the ways recruiters and job boards in Italy phrase things, none
// copied from the pack's own examples: statements that no fee is charged contradict fee.recruitment
// (never make it present), real fees next to reassurances stay present, and the phrasing of the
// most important indicators is recognised, while look-alike ordinary sentences are not.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('it');

describe('it: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Nessuna tassa di iscrizione!',
    'Non chiediamo soldi ai candidati.',
    'Il nostro servizio è totalmente gratuito.',
    'Zero commissioni per chi cerca lavoro.',
    'Non si paga nessuna quota per il colloquio.',
    'Iscrizione gratuita, senza anticipi né cauzioni.',
    'Ai candidati non chiediamo mai denaro.',
    'Nessun costo per il candidato.',
  ]);

  realFeeStays(
    [
      'Nessuna esperienza richiesta, alloggio gratuito. Quota di iscrizione 100 euro prima della partenza.',
      "Non paghi nulla per l'alloggio. Cauzione di 200 euro per il posto.",
      'Vitto e alloggio senza costi. Per la pratica è previsto un contributo di 150 euro.',
    ],
    'a real fee next to free housing stays a fee',
  );
});

describe('it: native phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Per partecipare alla selezione è richiesta una quota di 90 euro.',
        'Caparra di 250 euro da versare entro venerdì.',
        'Le spese di segreteria ammontano a 120 euro.',
      ],
      absent: [
        'Offriamo un anticipo sullo stipendio a chi ne ha bisogno.',
        'Paghiamo puntualmente il 10 di ogni mese.',
      ],
      contradicted: [
        'La selezione è gratuita per tutti i candidati.',
        'Non vi chiediamo alcun contributo.',
        'Nessun costo a carico dei candidati.',
        'Il servizio è gratuito ai sensi del D.Lgs. 276/2003.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Il costo del volo verrà trattenuto dalla prima busta paga.',
        'Anticipiamo le spese di viaggio.',
      ],
      absent: ['Rimborsiamo il biglietto del treno a fine mese.'],
    },
    'pay.deductions': {
      present: [
        'Per il posto letto si trattengono 8 euro al giorno.',
        'La divisa viene scalata dallo stipendio.',
      ],
      absent: ['Trattenute previdenziali a norma di legge.'],
      contradicted: ['Non tratteniamo nulla per vitto e alloggio.'],
    },
    'pay.unusual_method': {
      present: [
        'Stipendio in contanti a fine settimana.',
        'Il saldo a fine raccolta.',
        'Niente bonifico, paga in contanti ogni sabato.',
      ],
      absent: ['Pagamento con bonifico il 15 del mese.'],
      contradicted: ['Non paghiamo mai in contanti.', 'Nessun compenso in nero.'],
    },
    'travel.paid': {
      present: [
        'Il pullman per la Germania lo organizziamo noi.',
        'I biglietti sono pagati dalla ditta.',
        'Offriamo il transfer dalla stazione al campo.',
      ],
      absent: ['È preferibile essere automuniti.', 'Il magazzino è ben collegato con i mezzi pubblici.'],
      contradicted: ['Il viaggio è a carico del candidato.', 'Purtroppo il volo non lo rimborsiamo.'],
    },
    'housing.provided': {
      present: [
        'Diamo una stanza in appartamento con altri colleghi.',
        'Offresi alloggio in foresteria.',
        'Stagione estiva in hotel, vitto e alloggio compresi.',
      ],
      absent: ['Cerchiamo un appartamento in affitto per il nostro ufficio.'],
      contradicted: ["L'alloggio non è incluso.", 'Non forniamo alloggio ai lavoratori.'],
    },
    'housing.live_in': {
      present: [
        'Cercasi badante fissa per anziano a Torino.',
        'La collaboratrice domestica dovrà vivere con la famiglia.',
      ],
      absent: ['Badante per due ore la mattina.', 'Vivi vicino a Bergamo? Contattaci.'],
      contradicted: ['Colf a ore, tre mattine a settimana.'],
    },
    'hours.excessive': {
      present: [
        'Turni da 14 ore in alta stagione.',
        'Si lavora sette giorni su sette fino a ottobre.',
        'Nessun giorno libero.',
      ],
      absent: ['Ristorante aperto 7 giorni su 7, turni di 8 ore.'],
      contradicted: ['Gli straordinari sono volontari.', 'Massimo 8 ore al giorno.'],
    },
    'docs.passport_upfront': {
      present: [
        'Mandaci una scansione del passaporto prima del colloquio.',
        'Il passaporto viene trattenuto dal responsabile per tutta la stagione.',
      ],
      absent: ['Inviare il curriculum via email.'],
      contradicted: ['I documenti restano sempre a voi.'],
    },
    'docs.personal_data': {
      present: ['Comunicaci il tuo IBAN.', 'Manda una foto della tua carta bancomat.'],
      absent: ['Lo stipendio è accreditato con bonifico.'],
    },
    'legal.status_promised': {
      present: [
        'Vi aiutiamo con il permesso di soggiorno.',
        'Nulla osta garantito.',
        'Documenti non necessari, si lavora subito.',
      ],
      absent: ['Richiesta patente C.'],
      contradicted: ['Indispensabile il permesso di soggiorno in corso di validità.'],
    },
    'req.no_contract': {
      present: [
        'Si parte da domani, niente burocrazia.',
        'Senza contratto, paga giornaliera.',
        'Posizione non in regola, pagamento a settimana.',
      ],
      absent: ['Colloquio conoscitivo in sede.'],
      contradicted: ['Assunzione regolare con contratto stagionale.'],
    },
    'req.age_appearance': {
      present: [
        'Cerchiamo ragazze dai 18 ai 28 anni.',
        'Richiesta ottima presenza.',
        'Mandaci tre foto, anche in costume.',
        'Limite di età 30 anni, mandaci una foto.',
      ],
      absent: ['Commessa per negozio di abbigliamento.', 'Cerchiamo personale (ambo i sessi).'],
      contradicted: ['Non ci sono limiti di età.', 'Foto non richiesta.'],
    },
    urgency: {
      present: ['Non perdere tempo: ricerca urgente.'],
      contradicted: ['Non è urgente, valutiamo tutti i profili.', 'Inserimento da concordare.'],
    },
    'role.entertainment_abroad': {
      present: ['Cubiste per discoteca in Spagna, guadagni alti.', 'Intrattenitrici per locale a Dubai.'],
      absent: ['Hostess per fiere a Verona.'],
    },
    'role.domestic_abroad': {
      present: ['Colf per famiglia in Francia.', 'Assistente familiare per signore anziano a Ginevra.'],
      absent: ['Tata per bimba di due anni a Napoli.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Centro massaggi a Vienna. Non è richiesto il diploma, ti formiamo.',
        'Massaggi body to body, alloggio offerto.',
      ],
      absent: ['Massaggiatore sportivo diplomato per squadra di calcio.'],
    },
  });
});

describe('it: fees, deductions, cash pay, hours and lodging as adverts phrase them', () => {
  check({
    'fee.recruitment': {
      present: [
        'Per entrare in cooperativa occorre versare una quota associativa di 400 euro.',
        'Attestato HACCP obbligatorio: corso online di due giorni, costo 120 €.',
        'Il kit di lavoro ha un prezzo di 49 euro, da pagare con ricarica.',
        'Contributo di 150 euro da versare alla firma.',
      ],
      absent: [
        'Corso di formazione interno retribuito dalla prima ora.',
        "Quota di produzione: 40 cassette all'ora.",
      ],
      contradicted: [
        'Nessun intermediario può chiedere denaro ai lavoratori.',
        'Attenzione: chi vi chiede soldi per un contratto commette un reato.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Il pulmino per la Polonia lo anticipa la ditta.',
        'Il biglietto aereo lo compriamo noi, poi lo ripaghi con lo stipendio di maggio.',
      ],
      absent: ['Il biglietto lo paghiamo noi, tu pensa solo a lavorare.'],
      contradicted: ['Il volo, offerto dalla ditta, non va restituito.'],
    },
    'pay.deductions': {
      present: [
        'La quota viene scalata dalle prime tre buste paga.',
        'Letto in camerata, 90 euro al mese trattenuti.',
        'Ci sono camere sopra il laboratorio, trattenute 120 euro al mese.',
      ],
      absent: ['Ticket restaurant da 7 euro al giorno.', 'Trattenute di legge in busta paga.'],
    },
    'pay.unusual_method': {
      present: [
        "Si paga 5 euro all'ora in contanti.",
        'Paga a giornata, ogni sabato in contanti.',
        'Il resto fuori busta.',
        'Una parte della paga ti arriva come rimborso spese.',
        'Lo stipendio lo do io, il padrone paga me.',
      ],
      absent: ['Addetta alla cassa, incassi in contanti e con carta.', 'Rimborso spese chilometriche.'],
      contradicted: ['Mai pagamenti fuori busta.'],
    },
    'housing.provided': {
      present: [
        'Otto persone per casa, bagno in comune.',
        'Si può dormire in roulotte accanto al frutteto.',
        'Camera in comune con altri stagionali.',
      ],
      absent: ['Agriturismo cerca receptionist, camere e ristorante per gli ospiti.'],
    },
    'housing.live_in': {
      present: [
        'Chi non ha casa può dormire in officina.',
        'Posto letto nel retrobottega.',
        'Dovrai vivere con lui nella villa al lago.',
      ],
      absent: ['Addetto al magazzino, zona industriale di Padova.', 'Commessa per negozio in centro.'],
    },
    'hours.excessive': {
      present: [
        'Si lavora 11 ore al giorno durante la raccolta.',
        'Turni di 12 ore anche nei festivi.',
        'Lavoro dalle 5 alle 17 con mezz’ora di pausa.',
        'Tutti i giorni 6-18, anche domenica.',
        'Si lavora tutti i giorni, anche la domenica.',
        'Bisogna restare con la signora notte e giorno.',
      ],
      absent: [
        'Locale aperto tutti i giorni dalle 7 alle 24.',
        'Orario 8-12 e 14-18 dal lunedì al venerdì.',
        'Orario 7-19 con tre ore di pausa.',
        'Turni di 8 ore nella fascia 6-22.',
      ],
    },
    'docs.passport_upfront': {
      present: ['Inviaci una scansione del documento.', 'Manda la foto dei documenti su Telegram.'],
      absent: ["Il giorno dell'assunzione portare i documenti in ufficio."],
    },
    'docs.personal_data': {
      present: ['Mandare tre foto: viso, profilo e figura intera.'],
      absent: ['Inviare curriculum con foto formato tessera.'],
    },
    'legal.status_promised': {
      present: [
        'Per il nulla osta ci pensiamo noi.',
        'Chi ha il permesso scaduto va bene lo stesso.',
        'Si lavora anche con documenti scaduti.',
      ],
      absent: ['Per la divisa e le scarpe ci pensiamo noi.'],
      contradicted: ['Non si accettano domande con documenti scaduti.'],
    },
    'req.no_experience': {
      present: [
        'Esperienza precedente non richiesta.',
        'Non è richiesta alcuna esperienza, ti insegniamo noi.',
        'Nessuna qualifica o esperienza richiesta.',
      ],
      absent: ['L’esperienza in cucina è gradita.'],
      contradicted: [
        'Esperienza richiesta, non necessaria la patente.',
        'Indispensabile esperienza come carpentiere.',
        'Almeno tre anni di esperienza nella mansione.',
      ],
    },
    'req.no_language': {
      present: [
        'Non serve sapere il francese.',
        'Non servono attestati né il tedesco.',
        'Non è necessario conoscere il tedesco.',
        "Per questo lavoro non è richiesta la conoscenza dell'italiano.",
        "Conoscenza dell'inglese non necessaria, si lavora in squadra con rumeni.",
      ],
      absent: ['La conoscenza del tedesco è un vantaggio.'],
      contradicted: [
        'Richiesto tedesco livello B1.',
        'Ottima conoscenza dell’inglese richiesta.',
        'Francese richiesto, non necessaria la patente.',
      ],
    },
    'req.no_contract': {
      present: [
        'Niente busta paga, tutto a giornata.',
        'Si comincia stasera alle 21.',
        'Il contratto te lo fanno una volta arrivati in Belgio.',
      ],
      absent: ['Firma del contratto in sede prima di iniziare.'],
      contradicted: ['Nessun contratto a chiamata: assunzione a tempo indeterminato.'],
    },
    'req.age_appearance': {
      present: ['Per candidarti scrivi età con foto su WhatsApp.', 'Mandami una foto intera.'],
      absent: ['Inviare il curriculum completo di foto.'],
    },
  });
});

describe('it: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      absent: [
        'Almeno 1 anno di esperienza nel settore è un vantaggio.',
        'Almeno due anni di esperienza nel ruolo costituiscono titolo preferenziale.',
        'Esperienza minima di un anno nella ristorazione è gradita.',
        'Almeno 6 mesi di esperienza in magazzino saranno considerati un plus.',
        'Esperienza di almeno 3 anni come OSS rappresenta un valore aggiunto.',
        'Comprovata esperienza nel settore alberghiero sarà valutata positivamente.',
        'Esperienza documentabile come saldatore è un punto a favore.',
        'Almeno un anno di esperienza nella mansione (requisito non vincolante).',
        'Esperienza pregressa di almeno 2 anni preferibile ma non indispensabile.',
        // Wish wording before the requirement, in its clause or opening the sentence before ':',
        // ',' or a dash.
        'Gradita esperienza di almeno un anno nella ristorazione.',
        'Requisito preferenziale: almeno 2 anni di esperienza come magazziniere.',
        'Preferibilmente, almeno 6 mesi di esperienza in un ruolo analogo.',
        'Costituisce titolo preferenziale aver maturato almeno 2 anni di esperienza nel settore.',
        'Titolo preferenziale: patente B, almeno un anno di esperienza in magazzino.',
        'Gradita, ma non indispensabile, esperienza di almeno un anno come barista.',
        'È gradita comprovata esperienza nel settore alberghiero.',
        'Preferibile esperienza documentabile come saldatore a filo.',
        'Valuteremo positivamente almeno un anno di esperienza nella GDO.',
        // A clause after a comma that opens with the wish wording, about the experience.
        'Almeno 1 anno di esperienza, è un plus.',
        'Almeno due anni di esperienza nel settore, costituisce titolo preferenziale.',
        'Esperienza di almeno un anno come cameriere, gradita ma non indispensabile.',
        'Comprovata esperienza come saldatore, il che rappresenta un valore aggiunto.',
        'Esperienza minima di un anno in magazzino, anche se non obbligatoria.',
      ],
      present: [
        'Non è richiesta esperienza. Almeno 1 anno di esperienza è un plus.',
        'Nessuna esperienza richiesta, ti formiamo noi. Almeno 6 mesi di esperienza nel settore sono graditi.',
        'Anche senza esperienza. Esperienza di almeno un anno costituisce titolo preferenziale.',
        'Non è richiesta esperienza, ti formiamo noi. Gradita esperienza di almeno un anno.',
        'Nessuna esperienza richiesta. Preferibilmente almeno 6 mesi di esperienza in sala.',
        'Anche senza esperienza. Titolo preferenziale: almeno 2 anni di esperienza nel settore.',
        'Non è richiesta esperienza, ti formiamo noi. Almeno 1 anno di esperienza, è un plus.',
        'Anche senza esperienza. Esperienza di almeno un anno in sala, sarà valutata positivamente.',
      ],
      contradicted: [
        'Almeno 2 anni di esperienza nel settore. La patente B è un plus.',
        "Esperienza minima di 3 anni come cuoco. Costituisce titolo preferenziale la conoscenza dell'inglese.",
        "Esperienza comprovata di almeno 5 anni nel ruolo. Gradita la conoscenza dell'inglese.",
        // A comma starts another item of the list: the wish is about that one.
        'Requisiti: almeno 3 anni di esperienza con bambini, inglese gradito.',
        'Almeno un anno di esperienza in cucina, gradita la conoscenza del tedesco.',
        'Si richiede comprovata esperienza come carpentiere, la patente C è un plus.',
        "Richiesta esperienza nel settore, gradita conoscenza dell'inglese.",
        // A wish about another item in an earlier clause or sentence leaves the requirement.
        'Inglese gradito, almeno 2 anni di esperienza come cuoco.',
        'Patente B gradita. Esperienza minima di 2 anni nel ruolo.',
        'Conoscenza del tedesco preferibile, esperienza documentabile come saldatore.',
        'Costituisce titolo preferenziale la patente C. Comprovata esperienza come autista.',
        'Patente B gradita - almeno 3 anni di esperienza in cantiere.',
        'Gradito diploma alberghiero, esperienza di almeno 2 anni in cucina.',
        // A wish after a comma about another item, or in the next sentence, leaves the requirement.
        'Almeno 2 anni di esperienza, patente B gradita.',
        'Almeno 2 anni di esperienza, è un plus la conoscenza del tedesco.',
        'Esperienza minima di 3 anni in cantiere, costituisce titolo preferenziale il patentino per il muletto.',
        'Almeno un anno di esperienza in sala, gradito diploma alberghiero.',
        'Almeno 1 anno di esperienza come barista. È un plus la patente B.',
      ],
    },
  });
});
