// Hand-written Spanish sentences in the ways Spanish-language adverts really phrase things, none
// copied from the pack's own examples: statements that no fee is charged contradict fee.recruitment
// (and never make it present), real fees next to reassurances stay present, and the phrasing
// recruiters use for travel, housing, hours, documents and risky roles is recognised.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('es');

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

  realFeeStays(
    [
      'Sin experiencia, alojamiento gratis. Cuota de inscripción 80 € antes de viajar.',
      'No pagas nada por el alojamiento. Gastos de gestión 150 €.',
      'No hace falta titulación, comida incluida. Fianza de 200 € a la llegada.',
    ],
    'a real fee next to free housing or no-experience wording stays a fee',
  );
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
      present: [
        'Se paga en efectivo cada semana.',
        'Cobrarás al terminar la temporada.',
        'Nada de transferencias: te pagamos en efectivo.',
      ],
      absent: ['Nómina mensual por transferencia.'],
      contradicted: ['Aquí nunca se paga en negro.', 'Sin pagos en metálico, todo por banco.'],
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
      present: [
        'Buscamos señoritas de entre 18 y 30 años.',
        'Chicas delgadas y con buena presencia.',
        'No hace falta currículum, manda una foto.',
      ],
      absent: [
        'Se busca enfermera para residencia.',
        'Camarera (h/m) para cafetería.',
        'Programa de empleo para jóvenes de 16 a 29 años.',
      ],
      contradicted: ['Trabajo para personas de todas las edades.', 'Tu edad no importa.'],
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
    'req.no_experience': {
      present: ['No se requiere experiencia previa, te enseñamos todo.', 'Sin titulación necesaria.'],
      contradicted: [
        'Imprescindible experiencia en cocina.',
        'Se exige un mínimo de dos años de experiencia.',
      ],
    },
    'req.no_language': {
      present: [
        'No necesitas saber inglés.',
        'Encargado hispanohablante en la finca.',
        'No se requiere alemán para este puesto.',
      ],
      absent: ['Nivel alto de inglés.'],
      contradicted: ['Imprescindible hablar inglés con fluidez.', 'Alemán B2 obligatorio.'],
    },
    urgency: {
      present: [
        'Se necesita personal con urgencia.',
        'Últimas plazas para la campaña.',
        'No lo pienses más: incorporación urgente.',
      ],
      absent: ['Enfermera para el servicio de urgencias.'],
      contradicted: ['La vacante no es urgente.', 'Inicio a convenir con el candidato.'],
    },
    easy_money: {
      present: ['Gana dinero desde tu móvil sin experiencia.', 'Ingresos pasivos garantizados.'],
      absent: ['Sueldo fijo más incentivos.'],
    },
  });
});

describe('es: negated fees in other words, and real fees that stay fees', () => {
  noFeeContradicts([
    'Nunca pedimos ninguna tarifa por la selección.',
    'Los costes de reclutamiento los paga la empresa contratante.',
    'Ninguna agencia pide dinero a los temporeros.',
    'No cobramos a las candidatas por el casting.',
    'Sin cursos de pago ni cuotas.',
    'No se cobra ninguna comisión al candidato.',
    'Nuestros servicios son siempre gratuitos para el trabajador.',
  ]);

  realFeeStays([
    'Alojamiento gratuito y sin experiencia. Para reservar plaza hay que pagar 120 € de gestión.',
    'No cobramos nada por la vivienda. Coste del trámite del visado: 400 €.',
    'Sin descuentos por la comida. Antes hay que hacer un curso obligatorio de pago (60 €).',
    'Transporte gratis y sin coste de alojamiento. Fianza de 250 euros al llegar.',
    'Los candidatos no pagan el alojamiento. Abonar 35 € por la reserva de la plaza.',
  ]);
});

describe('es: recruiters phrasing of fees, debts, pay, hours, housing and papers', () => {
  check({
    'fee.recruitment': {
      present: [
        'Te cobramos 250 € por los papeles del contrato.',
        'Precio de la gestión: 350 euros.',
        'Para incorporarte, pagas 60 € por el uniforme y el material.',
        'Formación obligatoria de pago en nuestra academia.',
        'Tasa de inscripción de 40 € para entrar en la bolsa.',
      ],
      absent: [
        'Cuota de inscripción al curso de inglés que organiza el ayuntamiento.',
        'Cobramos 15 € la hora los festivos.',
        'La empresa paga la formación y el uniforme.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'El vuelo te lo anticipamos y luego se descuenta en dos nóminas.',
        'Los pasajes los financia la empresa y se devuelven con el sueldo.',
        'Tendrás una deuda por el billete que pagas trabajando.',
        'El autobús hasta la finca se descuenta del primer jornal.',
      ],
      absent: [
        'Reembolsamos el billete con la primera nómina.',
        'El sueldo se paga con la primera nómina del mes; el transporte es gratuito.',
      ],
    },
    'pay.deductions': {
      present: [
        'Te quitamos 5 € al día por la furgoneta.',
        'La luz y el agua se restan de la paga.',
        'El economato de la empresa fía y lo apunta a cuenta.',
      ],
      absent: ['Descuentos en gimnasios y tiendas para la plantilla.'],
      contradicted: [
        'Habitación y comida gratuitas, sin descuentos.',
        'El alojamiento no se descuenta del sueldo.',
      ],
    },
    'pay.unusual_method': {
      present: [
        'Cobráis cada sábado en metálico.',
        'Jornal de 55 € en mano.',
        'Se os paga todo al final de la temporada.',
        'El salario os lo damos al terminar la obra.',
        'Nos quedamos con la primera paga como fianza.',
      ],
      absent: [
        'Nómina mensual y pagas extra en junio y diciembre.',
        'Sueldo neto de 1.300 € por transferencia.',
        'Salario: 1.400 € al mes en mano, contrato indefinido.',
      ],
    },
    'travel.paid': {
      present: [
        'Os ayudamos con los billetes de avión.',
        'Salidas en autobús desde Madrid cada lunes.',
        'Vuelos y apartamento incluidos.',
      ],
      absent: ['Se valorará carnet de conducir y coche.'],
    },
    'housing.provided': {
      present: [
        'Tendrás alojamiento en un piso de la empresa.',
        'Te damos habitación en la casa de campo.',
        'Hay sitio para dormir en la granja.',
      ],
      absent: ['Limpieza de casas y pisos particulares.'],
      contradicted: ['No tenemos alojamiento para los trabajadores.'],
    },
    'housing.live_in': {
      present: [
        'Las chicas duermen en el mismo local.',
        'Habitación encima del restaurante para el personal.',
        'Cama en la nave de la obra.',
      ],
      absent: [
        'Restaurante con terraza encima del puerto.',
        'Alojamiento gratuito en el albergue municipal durante la campaña de la aceituna.',
        'Residencia de personal con habitación individual a 200 metros del hotel.',
      ],
      contradicted: ['Cuidadora externa por horas, de lunes a viernes.'],
    },
    'hours.excessive': {
      present: [
        'Horario de 7 a 22 h con media hora para comer.',
        'Se trabaja desde las 6 hasta que se acabe la faena.',
        'Turnos de 5 de la mañana a 8 de la tarde.',
        'Libranza solo un día al mes.',
        'Trabajamos todos los días en temporada.',
      ],
      absent: [
        'Turno de mañana de 7 a 15 h.',
        'Horario comercial de 9:30 a 21:30.',
        'Jornada de 8 a 17 h con una hora para comer.',
      ],
      contradicted: ['Jornada de 40 horas semanales y dos días libres a la semana.'],
    },
    'docs.passport_upfront': {
      present: [
        'Manda un mensaje por Telegram con foto de tu pasaporte.',
        'El encargado retiene los pasaportes durante la temporada.',
        'Los documentos quedan bajo custodia de la agencia.',
      ],
      absent: ['El primer día trae el DNI original a la oficina.'],
    },
    'docs.personal_data': {
      present: ['Necesito tus datos bancarios para reservarte la plaza.', 'Fotos reales en ropa interior.'],
      absent: ['Se paga por transferencia a tu cuenta bancaria.'],
    },
    'legal.status_promised': {
      present: [
        'Con nosotros no hace falta permiso de trabajo.',
        'Da igual que no tengas papeles.',
        'La residencia te la conseguimos en un año.',
        'Trabajo sin papeles en el campo.',
        'El visado lo saca la agencia.',
      ],
      absent: ['Se requiere permiso de trabajo en vigor.'],
      contradicted: ['Es necesario tener permiso de trabajo.', 'Solo ciudadanos de la Unión Europea.'],
    },
    'req.no_contract': {
      present: [
        'No firmamos contrato, todo de palabra.',
        'Empezáis mañana mismo.',
        'Sin darte de alta los primeros meses.',
      ],
      absent: ['Te conseguimos una entrevista con la empresa.'],
      contradicted: [
        'Contrato eventual de tres meses.',
        'Firmarás un contrato de trabajo antes de empezar.',
        'Vendimia con contrato de campaña, alojamiento en la bodega y comida incluida.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Buscamos bailarinas delgadas de 18 a 24 años.',
        'Señoritas jóvenes y sexys.',
        'Camareras con excelente imagen para club.',
      ],
      absent: ['Campaña con excelente imagen en redes sociales.'],
    },
    'role.entertainment_abroad': {
      present: ['Barra americana busca señoritas extranjeras con ganas de trabajar.'],
      absent: ['Club de tenis busca monitores de cualquier nacionalidad.'],
    },
    urgency: {
      present: [
        'Vacantes a punto de agotarse.',
        'Buscamos personas ya, empiezas el lunes.',
        'Salimos la próxima semana hacia Francia.',
      ],
      absent: ['Incorporación prevista para el próximo año.'],
    },
    'job.vague': {
      present: ['Señora para todo en casa grande.'],
      absent: ['Persona para tareas de contabilidad.'],
    },
    'req.no_language': {
      present: ['No se necesita saber inglés.'],
    },
    'sector.high_risk': {
      present: ['Lavado de coches en gasolinera.'],
    },
  });
});

describe('es: legitimate look-alikes stay below the fee, deduction and live-in indicators', () => {
  check({
    'fee.recruitment': {
      contradicted: [
        'Agencia de colocación autorizada: el servicio es gratuito para los candidatos.',
        'Residencia de personal con habitación individual, sin coste para el trabajador.',
      ],
    },
    'pay.deductions': {
      absent: [
        'Alojamiento gratuito en módulos de la finca, con baño y cocina.',
        'Transporte en autobús de empresa desde el pueblo, gratuito.',
      ],
    },
    'debt.travel_advance': {
      absent: ['Billete de ida reembolsado al finalizar el primer mes.'],
    },
  });
});

describe('es: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      absent: [
        'Al menos 1 año de experiencia es un plus.',
        'Experiencia mínima de 2 años (no excluyente).',
        'Al menos dos temporadas de experiencia en campo, valorable.',
        'Experiencia mínima de 1 año deseable.',
        'Al menos un año de experiencia en sala se valorará positivamente.',
        'Experiencia de al menos 2 años en almacén, aunque no es imprescindible.',
        'Más de 2 años de experiencia en atención al cliente supone una ventaja.',
        'Experiencia demostrable en hostelería, valorable.',
        'Requisitos: experiencia en sala valorable.',
      ],
      present: [
        'No hace falta experiencia. Al menos un año de experiencia en el campo es un plus.',
        'No se requiere experiencia; experiencia mínima de 1 año deseable.',
        'Sin experiencia previa, te formamos. Mínimo 2 campañas de experiencia, valorable.',
      ],
      contradicted: [
        'Al menos 2 años de experiencia como camarero. Se valorará inglés.',
        'Experiencia mínima de 1 año en reparto. Carnet de conducir valorable.',
        // A clause after a comma about something else: the wish is about that one.
        'Al menos 3 años de experiencia en almacén, carnet de carretillero valorable.',
        'Experiencia mínima de 2 años, es un plus tener carnet de conducir.',
        'Experiencia demostrable en almacén, valorable carnet de carretillero.',
        'Experiencia mínima de 2 años excluyente, manejo de Excel deseable.',
        'Mínimo 2 años de experiencia, plus de nocturnidad incluido.',
        'Requisitos: experiencia en hostelería, inglés valorable.',
      ],
    },
  });

  // Wish wording before the requirement: in the same clause, or opening the sentence with ":", "," or
  // a dash.
  check({
    'req.no_experience': {
      absent: [
        'Se valorará experiencia mínima de 1 año.',
        'Valorable: al menos 1 año de experiencia.',
        'Valorable experiencia de al menos 2 años como carretillero.',
        'Se valora positivamente contar con al menos 2 temporadas de experiencia en recolección.',
        'Preferiblemente, experiencia mínima de 1 año en atención al cliente.',
        'Deseable: experiencia demostrable en cocina.',
        'Es un plus contar con al menos un año de experiencia en reparto.',
        'Requisitos deseables: experiencia de 2 años en mantenimiento industrial.',
        'Carnet de conducir y, preferiblemente, al menos 1 año de experiencia como repartidor.',
        'Valoraremos experiencia mínima de 2 años en almacén.',
      ],
      present: [
        'No hace falta experiencia, te formamos. Valorable: al menos 6 meses de experiencia en almacén.',
        'Sin experiencia previa. Preferiblemente, al menos un año de experiencia en recolección.',
        'No es necesaria experiencia; se valorará experiencia demostrable en cocina.',
      ],
      contradicted: [
        // A wish in another clause or sentence is about something else.
        'Inglés valorable. Al menos 2 años de experiencia.',
        'Carnet de conducir valorable, experiencia demostrable en reparto.',
        'Se valorará inglés, experiencia mínima de 2 años en recepción.',
        'Idealmente con carnet de conducir, al menos 2 años de experiencia como chófer.',
        'Valorable inglés. Experiencia mínima de 3 años en mantenimiento.',
        // A requirement word of its own stays a requirement.
        'Se valorará inglés y experiencia imprescindible en cocina.',
      ],
    },
  });
});
