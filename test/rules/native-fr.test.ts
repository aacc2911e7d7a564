// Hand-written French sentences in the ways French-language adverts really phrase things, none copied
// from the pack's own examples: statements that no fee is charged contradict fee.recruitment (and
// never make it present), real fees next to reassurances stay present, and the phrasing recruiters
// use for travel, housing, hours, documents and risky roles is recognised.
import { describe, expect, it } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { stateOf, check, noFeeContradicts } = nativeSentences('fr');

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

  it('a real fee next to free housing or no-experience wording stays a fee', () => {
    for (const text of [
      'Sans expérience, logement gratuit. Frais d’inscription 80 € avant le départ.',
      'Vous n’avez rien à payer pour le logement. Frais de dossier 150 €.',
      'Pas besoin de diplôme, repas offerts. Caution de 200 € à l’arrivée.',
    ]) {
      expect(stateOf(text, 'fee.recruitment'), text).toBe('present');
    }
  });
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
      present: ['Paiement en espèces à la fin de chaque semaine.', 'Vous serez payé en fin de saison.'],
      absent: ['Salaire versé par virement le 10 du mois.'],
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
      present: ['Recherche danseuses entre 18 et 28 ans.', 'Physique avantageux et taille mannequin.'],
      absent: ['Aide-soignante (H/F) pour EHPAD.', 'Nous recrutons des femmes pour la cueillette.'],
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
    'req.no_language': {
      present: [
        'Aucune connaissance de l’anglais demandée, pas besoin de parler la langue.',
        'Chef d’équipe parlant français.',
      ],
      absent: ['Bon niveau d’anglais souhaité.'],
    },
    urgency: {
      present: ['Poste urgent à pourvoir.', 'Il reste quelques places, ne tardez pas !'],
      absent: ['Infirmier aux urgences de nuit.'],
    },
    easy_money: {
      present: ['Gagnez de l’argent facilement depuis votre téléphone.', 'Revenus passifs garantis !'],
      absent: ['Salaire fixe plus primes sur objectifs.'],
    },
  });
});
