// Hand-written French sentences in the ways French-language adverts really phrase things, none copied
// from the pack's own examples: statements that no fee is charged contradict fee.recruitment (and
// never make it present), real fees next to reassurances stay present, and the phrasing recruiters
// use for travel, housing, hours, documents and risky roles is recognised. The second half covers
// the phrasing of French, Belgian and Swiss classifieds: procedure fees and paid training, cash per
// day, pay held to the end of the season, travel advanced and repaid, rooms at the workplace, clock
// times, papers "arranged", numbers written in words; legitimate look-alikes (holiday pay, shift
// rotas, opening hours, staff housing) must stay absent.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('fr');

describe('fr: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Aucuns frais pour les candidats.',
    'Nous ne facturons aucun frais aux candidats.',
    'Pas de frais d’agence.',
    'Le recrutement est totalement gratuit.',
    'Les intérimaires ne paient jamais de frais.',
    'Aucune somme d’argent ne peut être exigée des candidats.',
    'Sans frais de dossier ni commission.',
    'Vous ne versez aucun acompte.',
  ]);

  realFeeStays(
    [
      'Sans expérience, logement gratuit. Frais d’inscription 80 € avant le départ.',
      'Vous n’avez rien à payer pour le logement. Frais de dossier 150 €.',
      'Pas besoin de diplôme, repas offerts. Caution de 200 € à l’arrivée.',
    ],
    'a real fee next to free housing or no-experience wording stays a fee',
  );
});

describe('fr: native phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Frais de dossier de 120 € à la charge du candidat.',
        'Pour valider votre inscription, il faut verser 250 euros.',
        'Une caution de 400 € est demandée avant le départ.',
      ],
      absent: [
        'Vous devez vous présenter avec votre CV le 3 mai.',
        'Nous payons les heures supplémentaires.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Le billet est avancé par l’agence puis retenu sur votre paie.',
        'L’agence avance les frais de voyage.',
      ],
      absent: ['Billet retour offert en fin de saison.'],
    },
    'pay.deductions': {
      present: [
        'Le loyer de la chambre est retenu sur la paie chaque mois.',
        'Les repas sont déduits de votre salaire.',
      ],
      absent: ['Repas offerts le midi.'],
      contradicted: ['Aucune déduction sur le salaire.', 'Rien n’est retenu sur votre paie.'],
    },
    'pay.unusual_method': {
      present: [
        'Paiement en espèces à la fin de chaque semaine.',
        'Vous serez payé en fin de saison.',
        'Pas de virement bancaire, on paie en liquide.',
        'Ne soyez pas surpris : paiement en espèces uniquement.',
      ],
      absent: ['Salaire versé par virement le 10 du mois.'],
      contradicted: [
        'Chez nous, on ne paie jamais de la main à la main.',
        'Aucun versement en liquide : tout est déclaré.',
      ],
    },
    'travel.paid': {
      present: [
        'Le billet d’avion est offert.',
        'Nous organisons le voyage jusqu’à la ferme.',
        'Navette gratuite entre le logement et l’exploitation.',
      ],
      absent: ['Arrêt de bus à 5 minutes de l’entrepôt.'],
      contradicted: ['Le voyage est à votre charge.'],
    },
    'housing.provided': {
      present: [
        'Hébergement assuré en mobil-home sur le camping.',
        'Nous vous proposons une chambre près du site.',
      ],
      absent: ['Appartement T3 à louer à Lyon.'],
      contradicted: ['Logement non fourni.'],
    },
    'housing.live_in': {
      present: ['Auxiliaire de vie logée chez la personne âgée.', 'Garde 24h/24 chez une dame.'],
      absent: ['Vous habitez près de Rennes ?'],
    },
    'hours.excessive': {
      present: ['Journées de 14 heures pendant la récolte.', 'On travaille 7j/7 en juillet.'],
      absent: ['Horaires : 9h-17h du lundi au vendredi.', 'Ouvert 7j/7 de 8h à 20h.'],
      contradicted: ['Les heures supplémentaires sont facultatives.', 'Pas plus de 39 heures par semaine.'],
    },
    'docs.passport_upfront': {
      present: [
        'Joignez la photo de votre passeport à votre message.',
        'Les papiers sont gardés par le patron.',
      ],
      absent: ['Pièce d’identité à présenter le jour de l’entretien.'],
      contradicted: ['Nous ne conservons aucun document d’identité.'],
    },
    'docs.personal_data': {
      present: [
        'Merci de nous communiquer votre RIB et votre code secret.',
        'Photos en maillot de bain obligatoires.',
      ],
      absent: ['Le salaire est versé sur votre compte.', 'CV avec photo récente à envoyer par mail.'],
    },
    'legal.status_promised': {
      present: [
        'Titre de séjour assuré après 3 mois.',
        'On s’occupe de vos papiers.',
        'Nous vous aidons à obtenir votre autorisation de travail.',
      ],
      absent: ['Permis de conduire exigé.'],
    },
    'req.no_contract': {
      present: ['Pas besoin d’entretien, vous commencez demain.', 'Travail non déclaré.'],
      absent: ['Entretien d’embauche le lundi.'],
      contradicted: ['Contrat de travail signé dès le premier jour.'],
    },
    'req.age_appearance': {
      present: [
        'Recherche danseuses entre 18 et 28 ans.',
        'Physique avantageux et taille mannequin.',
        'Limite d’âge : pas plus de 28 ans.',
        'Pas de CV : envoyez deux photos.',
      ],
      absent: ['Aide-soignante (H/F) pour EHPAD.', 'Nous recrutons des femmes pour la cueillette.'],
      contradicted: ['Aucune limite d’âge pour ce poste.', 'Peu importe l’âge, seule la motivation compte.'],
    },
    'role.entertainment_abroad': {
      present: ['Cabaret au Luxembourg recrute danseuses.', 'Hôtesses de bar pour Chypre, logées.'],
      absent: ['Serveuse pour un bar à Marseille.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Salon de massage à Zurich. Pas besoin d’expérience, on vous forme.',
        'Masseuses recherchées, logées nourries.',
      ],
      absent: ['Masseur-kinésithérapeute diplômé pour centre de rééducation.'],
    },
    'role.domestic_abroad': {
      present: ['Nounou logée pour une famille en Suisse.', 'Femme de ménage pour une famille à Dubaï.'],
      absent: ['Femme de ménage pour bureaux à Nantes.'],
    },
    'req.no_experience': {
      present: ['Pas d’expérience requise, on vous forme sur place.', 'Aucun diplôme ni expérience exigés.'],
      contradicted: [
        'Expérience en salle exigée.',
        'Minimum trois ans d’expérience en boulangerie.',
        'Débutants s’abstenir, merci.',
      ],
    },
    'req.no_language': {
      present: [
        'Aucune connaissance de l’anglais demandée, pas besoin de parler la langue.',
        'Chef d’équipe parlant français.',
        'Pas d’allemand exigé sur le chantier.',
        'Aucune connaissance du néerlandais requise.',
      ],
      absent: ['Bon niveau d’anglais souhaité.'],
      contradicted: ['Anglais parlé et écrit exigé.', 'Bonne connaissance de l’allemand obligatoire.'],
    },
    urgency: {
      present: [
        'Poste urgent à pourvoir.',
        'Il reste quelques places, ne tardez pas !',
        'Ne perdez pas de temps, poste urgent.',
      ],
      absent: ['Infirmier aux urgences de nuit.'],
      contradicted: ['Le recrutement n’est pas urgent.', 'Date d’entrée en fonction à convenir.'],
    },
    easy_money: {
      present: ['Gagnez de l’argent facilement depuis votre téléphone.', 'Revenus passifs garantis !'],
      absent: ['Salaire fixe plus primes sur objectifs.'],
    },
  });
});

describe('fr: procedure fees, paid training and payment channels', () => {
  noFeeContradicts([
    'Aucuns frais de procédure ne sont demandés aux candidats.',
    'Notre agence agréée ne facture aucun frais aux travailleurs saisonniers.',
    'Le placement est gratuit pour les candidats, conformément à la loi.',
    'Sans frais d’ouverture de dossier.',
    'Ne versez jamais d’argent par Western Union ou coupon PCS.',
    'La formation n’est jamais payante pour les candidats.',
  ]);

  realFeeStays(
    [
      'Logement gratuit et pas besoin de diplôme. Frais de constitution de dossier : 300 €.',
      'Aucune expérience demandée, le transport est offert. La formation préalable est payante : 450 €.',
      'Nourri, logé, sans expérience. Paiement des frais de dossier par Western Union.',
    ],
    'a procedure fee or paid training next to free housing stays a fee',
  );
});

describe('fr: phrasing of French, Belgian and Swiss classifieds', () => {
  check({
    'fee.recruitment': {
      present: [
        'Les frais de procédure (1 200 €) sont à régler en deux fois.',
        'Formation payante de 5 jours : 350 €, puis embauche.',
        'Notre accompagnement coûte 950 € tout compris.',
        'Une contribution de 80 € est exigée pour ouvrir le dossier.',
        'Paiement accepté en coupons Transcash.',
      ],
      absent: [
        'Participation de l’employeur aux frais de transport : 50 %.',
        'Formation rémunérée de 10 jours avant la prise de poste.',
        'Le loyer du studio coûte 350 € par mois.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Le billet d’avion est avancé par l’employeur, puis retenu en trois fois.',
        'Si vous partez avant la fin de la saison, le voyage devra être remboursé.',
        'Tu rembourses le trajet avec ta première paie.',
        'Le transport en car est déduit petit à petit.',
      ],
      absent: ['Vos frais de voyage sont remboursés sur présentation des billets.'],
      contradicted: ['Le billet n’est pas à rembourser, même en cas de départ anticipé.'],
    },
    'pay.deductions': {
      present: [
        'La caravane est facturée 15 € par nuit, déduits de la paie.',
        '100 € par semaine retenus pour le lit et les repas.',
        'L’essence et la location du camion sont déduites chaque vendredi.',
      ],
      absent: ['Indemnité de repas de 15 € par jour.'],
      contradicted: ['Logement fourni ; retenue plafonnée au barème légal.'],
    },
    'pay.unusual_method': {
      present: [
        'Vous toucherez 70 € la journée en espèces.',
        'Le salaire sera versé à la fin des travaux.',
        'Paie retenue jusqu’au bout pour que vous restiez toute la saison.',
      ],
      absent: [
        'Les congés payés sont versés en fin de saison avec le solde.',
        'Prime de fidélité si vous restez jusqu’au bout de la saison.',
      ],
    },
    'travel.paid': {
      present: [
        'On s’occupe de vos trajets jusqu’à l’exploitation.',
        'Départs en minibus tous les lundis depuis Charleroi.',
        'Nous organisons tout, vous n’avez qu’à faire votre valise.',
        'Billets, hébergement et repas offerts.',
      ],
      absent: ['Accès en bus depuis la gare de Namur.'],
      contradicted: ['Nous ne remboursons pas les trajets domicile-travail.'],
    },
    'housing.provided': {
      present: [
        'Chambre et pension offertes.',
        'Logement garanti pendant toute la mission.',
        'Hébergement dans des bungalows sur le camping.',
        'Maison partagée avec les autres saisonniers.',
      ],
      absent: ['Aide à la recherche de logement à Bruxelles.'],
      contradicted: ['Le logement est à trouver par vous-même.'],
    },
    'housing.live_in': {
      present: [
        'La gouvernante vit chez eux, dans une chambre de service.',
        'Lit de camp dans la réserve du magasin.',
        'Un studio est disponible au-dessus de la boulangerie.',
        'Les ouvriers dorment sur le chantier.',
      ],
      absent: ['Notre bureau se trouve au-dessus du restaurant.', 'Logement en résidence hôtelière à 2 km.'],
      contradicted: ['Vous ne logez pas chez l’employeur.'],
    },
    'hours.excessive': {
      present: [
        'Horaires : de 5h30 à 19h, du lundi au samedi.',
        'Travail en cuisine de 10h à minuit.',
        'Vendange 7 jours sur 7 durant toute la récolte.',
        'Planning du lundi au dimanche pendant l’été.',
        'Disponible à tout moment, y compris la nuit.',
        'Un seul jour de repos toutes les deux semaines.',
      ],
      absent: [
        'Restaurant ouvert tous les jours de 11h à 23h.',
        'Horaires de bureau : 8h30-17h.',
        'Permanence téléphonique de 8h à 20h.',
        'Travail en 3x8, de 5h à 21h selon l’équipe.',
        'Magasin ouvert du lundi au dimanche de 9h à 21h.',
        'Hôtel ouvert 7 jours sur 7 pendant la saison.',
      ],
      contradicted: ['Jamais plus de 44 heures par semaine.'],
    },
    'docs.passport_upfront': {
      present: [
        'Donnez-nous le numéro de votre titre de séjour.',
        'Le chef d’équipe garde les passeports pendant le chantier.',
        'Votre carte d’identité, que nous conservons pendant la mission, vous sera rendue au départ.',
      ],
      absent: ['Munissez-vous de votre pièce d’identité le jour de l’entretien.'],
      contradicted: ['Votre pièce d’identité ne sera jamais conservée par l’agence.'],
    },
    'docs.personal_data': {
      present: ['Envoie deux photos en bikini par message.', 'Scan de la carte Vitale à joindre.'],
      absent: ['Photo d’identité récente sur le CV.'],
      contradicted: ['Pas de photo en pied, seulement votre CV.'],
    },
    'legal.status_promised': {
      present: [
        'Votre conjoint pourra vous rejoindre après six mois.',
        'Même sans papiers, on vous prend.',
        'Titre de séjour 100 % garanti.',
      ],
      absent: ['Les citoyens de l’UE peuvent travailler en Belgique sans permis de travail.'],
      contradicted: ['Situation régulière exigée.'],
    },
    'req.no_language': {
      present: [
        'Pas besoin de parler néerlandais sur le chantier.',
        'Connaissance du français non exigée.',
        'Pas d’allemand requis.',
      ],
      absent: ['Le néerlandais est un atout.'],
      contradicted: ['Français courant exigé.'],
    },
    'req.no_contract': {
      present: ['Pas d’entrevue, on commence lundi.', 'Contrat à voir en cours de saison.'],
      absent: ['Entretien d’embauche prévu mardi.'],
    },
    'req.age_appearance': {
      present: [
        'Hôtesses élégantes et minces exigées.',
        'Indiquez vos mensurations dans le message.',
        'Demoiselles sérieuses et dynamiques de 19 à 27 ans.',
      ],
      absent: [
        'Femmes de chambre pour hôtel, travail physique.',
        'Jeunes de 16 à 25 ans en service civique.',
      ],
    },
    urgency: {
      present: ['Démarrage dès cette semaine.', 'Début de suite.'],
      absent: ['Départ à la retraite de notre comptable.'],
    },
    'role.entertainment_abroad': {
      present: ['Danseuses pour night-club à Istanbul.'],
      absent: ['Hôtesse d’accueil pour un salon à Lille.'],
    },
    easy_money: {
      present: ['Recevez des virements sur votre compte et gardez 10 %.'],
      absent: ['Gestion des virements fournisseurs sur le compte de l’entreprise.'],
    },
    'language.obfuscated': {
      present: [
        'Appeler le zéro sept, soixante-trois, 11, 42, 80.',
        'Contact : marc.emploi arobase hotmail point fr',
      ],
      absent: ['Objectif zéro accident sur nos chantiers.'],
    },
    'job.vague': {
      present: ['Le travail sera défini une fois sur place.'],
      absent: ['Le planning sera communiqué à votre arrivée.'],
    },
    'sector.high_risk': {
      present: ['Élagueurs pour chantiers en forêt.'],
    },
  });
});

describe('fr: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      absent: [
        'Au moins 1 an d’expérience est un plus.',
        'Minimum deux ans d’expérience en restauration appréciés.',
        '3 ans d’expérience minimum souhaités.',
        'Une expérience de 2 ans minimum serait appréciée.',
        'Au moins une saison d’expérience en camping, c’est un plus !',
        'Au moins 6 mois d’expérience en vente si possible.',
        'Un candidat justifiant d’une expérience en entrepôt serait un véritable atout.',
        'Au moins 1 an d’expérience en boulangerie (non obligatoire).',
      ],
      present: [
        'Débutants acceptés. Au moins un an d’expérience est un plus.',
        'Aucune expérience exigée ; au moins 1 an d’expérience serait un atout.',
        'Pas besoin d’expérience, on vous forme. Minimum 2 ans d’expérience appréciés.',
      ],
      contradicted: [
        'Au moins 2 ans d’expérience exigés. Une première expérience en brasserie est un plus.',
        'Minimum 3 ans d’expérience en maçonnerie. Le permis B est un atout.',
        // A clause after a comma with its own subject: the wish is about that one.
        'Minimum 3 ans d’expérience en maçonnerie, le permis B est un plus.',
        'Vous justifiez d’une première expérience en entrepôt, le CACES 3 serait un atout.',
        '5 ans d’expérience minimum sur un poste similaire, anglais apprécié.',
        // "de préférence" followed by a field qualifies the field, not the requirement.
        'Au moins 1 an d’expérience, de préférence en boulangerie.',
      ],
    },
  });

  // Wish wording before the requirement: in the same clause, or opening the sentence with ":", "," or
  // a dash.
  check({
    'req.no_experience': {
      absent: [
        'Idéalement, vous justifiez d’une première expérience en cuisine.',
        'De préférence, au moins 2 ans d’expérience.',
        'Dans l’idéal, vous justifiez d’une expérience de 2 ans minimum en boulangerie.',
        'Vous avez idéalement au moins 3 ans d’expérience en logistique.',
        'Profil recherché : idéalement, au moins 2 ans d’expérience en restauration collective.',
        'Un plus : 2 ans d’expérience minimum en préparation de commandes.',
        'Atout : une expérience de 2 ans minimum en grande distribution.',
        'Si possible, vous justifiez d’une expérience en conduite d’engins.',
        'Permis B et, idéalement, au moins un an d’expérience en livraison.',
        'Expérience souhaitée : au moins 2 ans d’expérience en magasin.',
      ],
      present: [
        'Pas besoin de diplôme, nous vous formons. De préférence, au moins 6 mois d’expérience en vente.',
        'Débutant accepté ; dans l’idéal, vous justifiez d’une première expérience en restauration.',
        'Aucune expérience exigée. Un plus : au moins une saison d’expérience en camping.',
      ],
      contradicted: [
        // A wish in another clause or sentence is about something else.
        'Permis B apprécié, au moins 2 ans d’expérience exigés.',
        'Anglais souhaité. Au moins 2 ans d’expérience en cuisine.',
        'Idéalement titulaire du CACES, vous justifiez d’une expérience en entrepôt.',
        'Connaissance de SAP appréciée ; au moins 2 ans d’expérience en comptabilité fournisseurs.',
        // A heading, not a wish.
        'Profil souhaité : au moins 3 ans d’expérience en maçonnerie.',
        // A requirement word of its own stays a requirement.
        'Idéalement, 3 ans d’expérience exigés en chaudronnerie.',
      ],
    },
  });
});
