// Hand-written Spanish sentences in the ways Spanish-language adverts really phrase things, none
// copied from the pack's own examples: statements that no fee is charged contradict fee.recruitment
// (and never make it present), real fees next to reassurances stay present, and the phrasing
// recruiters use for travel, housing, hours, documents and risky roles is recognised.
import { describe, expect, it } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { stateOf, check, noFeeContradicts } = nativeSentences('es');

describe('es: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Sin cuotas ni comisiones.',
    'No cobramos nada a los candidatos.',
    'Nunca pedimos dinero por adelantado.',
    'Proceso de selección gratuito para los candidatos.',
    'La inscripción es gratis.',
    'Los temporeros no pagan ninguna comisión.',
    'Ninguna tasa de inscripción.',
    'Jamás se cobrará dinero al trabajador.',
  ]);

  it('a real fee next to free housing or no-experience wording stays a fee', () => {
    for (const text of [
      'Sin experiencia, alojamiento gratis. Cuota de inscripción 80 € antes de viajar.',
      'No pagas nada por el alojamiento. Gastos de gestión 150 €.',
      'No hace falta titulación, comida incluida. Fianza de 200 € a la llegada.',
    ]) {
      expect(stateOf(text, 'fee.recruitment'), text).toBe('present');
    }
  });
});

describe('es: native phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Gastos de tramitación: 120 € por candidato.',
        'Tienes que pagar una fianza de 400 euros.',
        'Hay que abonar 250 € antes de la salida.',
      ],
      absent: ['Tienes que presentarte con el DNI el lunes.', 'Pagamos las horas extra aparte.'],
    },
    'debt.travel_advance': {
      present: [
        'La empresa adelanta el billete y luego se descuenta de la nómina.',
        'El pasaje lo devuelves con tu primer sueldo.',
      ],
      absent: ['Billete de vuelta gratis.'],
    },
    'pay.deductions': {
      present: [
        'Se descuentan 200 € al mes de la nómina por la habitación.',
        'La comida se resta del sueldo.',
      ],
      absent: ['Comida gratuita en el comedor de la empresa.'],
      contradicted: [
        'No se descuenta nada por el alojamiento.',
        'Sin retenciones en nómina por la vivienda.',
      ],
    },
    'pay.unusual_method': {
      present: ['Se paga en efectivo cada semana.', 'Cobrarás al terminar la temporada.'],
      absent: ['Nómina mensual por transferencia.'],
    },
    'travel.paid': {
      present: [
        'Los billetes de avión corren a cargo de la empresa.',
        'Te pagamos el vuelo hasta Oslo.',
        'Traslado gratuito desde el alojamiento.',
      ],
      absent: ['Parada de autobús junto al almacén.'],
      contradicted: ['El viaje corre a cargo del trabajador.'],
    },
    'housing.provided': {
      present: [
        'Facilitamos vivienda compartida cerca de la finca.',
        'Alojamiento gratuito en la explotación.',
      ],
      absent: ['Se alquila piso en el centro.'],
      contradicted: ['No ofrecemos alojamiento.'],
    },
    'housing.live_in': {
      present: ['Se busca interna para cuidar a un señor mayor.', 'Vivirás en casa de la familia.'],
      absent: ['¿Vives cerca de Sevilla? Limpieza de oficinas.'],
    },
    'hours.excessive': {
      present: ['Jornadas de 14 horas en plena campaña.', 'Se trabaja de lunes a domingo, sin descanso.'],
      absent: [
        'Horario de 9 a 17 h de lunes a viernes.',
        'Supermercado abierto todos los días de la semana.',
      ],
      contradicted: ['Las horas extra son voluntarias.', 'Como máximo 8 horas al día.'],
    },
    'docs.passport_upfront': {
      present: [
        'Manda foto de tu pasaporte para reservar plaza.',
        'Al llegar, el encargado se queda con los pasaportes.',
      ],
      absent: ['Es necesario presentar el DNI el primer día de trabajo.'],
      contradicted: ['Nunca retenemos pasaportes.'],
    },
    'docs.personal_data': {
      present: ['Facilítanos tu número de cuenta y la clave de la banca online.', 'Envía fotos en bikini.'],
      absent: ['Cobro mensual en cuenta bancaria.', 'Envía tu currículum con foto.'],
    },
    'legal.status_promised': {
      present: [
        'Tramitamos tu permiso de residencia.',
        'Papeles garantizados en seis meses.',
        'Te ayudamos a conseguir los papeles.',
      ],
      absent: ['Imprescindible carnet de manipulador de alimentos.'],
    },
    'req.no_contract': {
      present: ['Sin contrato, pago diario.', 'Incorporación mañana mismo.'],
      absent: ['Entrevista el lunes en nuestras oficinas.'],
      contradicted: ['Alta en la Seguridad Social desde el primer día.'],
    },
    'req.age_appearance': {
      present: ['Buscamos señoritas de entre 18 y 30 años.', 'Chicas delgadas y con buena presencia.'],
      absent: [
        'Se busca enfermera para residencia.',
        'Camarera (h/m) para cafetería.',
        'Programa de empleo para jóvenes de 16 a 29 años.',
      ],
    },
    'role.entertainment_abroad': {
      present: ['Bailarinas para un club nocturno en Suiza.', 'Chicas de alterne para club en España.'],
      absent: ['Camarera para discoteca en Málaga.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Centro de masajes en Zúrich. Sin titulación, te formamos.',
        'Masajistas con alojamiento gratis.',
      ],
      absent: ['Masajista titulado para clínica de fisioterapia.'],
    },
    'role.domestic_abroad': {
      present: [
        'Niñera interna para familia en Londres.',
        'Cuidar a una señora mayor en Italia, como interna.',
      ],
      absent: ['Niñera por horas en Madrid.'],
    },
    'req.no_language': {
      present: ['No necesitas saber inglés.', 'Encargado hispanohablante en la finca.'],
      absent: ['Nivel alto de inglés.'],
    },
    urgency: {
      present: ['Se necesita personal con urgencia.', 'Últimas plazas para la campaña.'],
      absent: ['Enfermera para el servicio de urgencias.'],
    },
    easy_money: {
      present: ['Gana dinero desde tu móvil sin experiencia.', 'Ingresos pasivos garantizados.'],
      absent: ['Sueldo fijo más incentivos.'],
    },
  });
});
