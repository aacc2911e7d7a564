// Hand-written Portuguese sentences, European and Brazilian, in the ways recruiters and job boards
// phrase things, none copied from the pack's own examples: statements that no fee is charged
// contradict fee.recruitment (never make it present), real fees next to reassurances stay present,
// and the phrasing of the most important indicators is recognised, while look-alikes are not.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('pt');

describe('pt: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Sem qualquer taxa!',
    'Não cobramos taxas aos candidatos.',
    'A empresa não cobra nenhum valor.',
    'Processo seletivo gratuito.',
    'Inscrição 100% gratuita.',
    'Não há qualquer custo para o candidato.',
    'Nunca cobramos dinheiro aos trabalhadores.',
    'Zero taxas de recrutamento.',
  ]);

  realFeeStays(
    [
      'Sem experiência, alojamento gratuito. Taxa de inscrição de 100 euros antes da partida.',
      'Não paga nada pelo alojamento. Caução de 150 euros para garantir a vaga.',
      'Moradia sem custos para os trabalhadores. Valor da inscrição: R$ 120.',
    ],
    'a real fee next to free housing stays a fee',
  );
});

describe('pt: native phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Para se inscrever tem de pagar uma taxa de 60 euros.',
        'Valor do cadastro: R$ 50.',
        'Caução de 200 € a pagar à chegada.',
      ],
      absent: ['Adiantamento de 40% do salário no dia 20.', 'Pagamos acima da média do setor.'],
      contradicted: ['A candidatura é gratuita.', 'Não pedimos qualquer pagamento aos candidatos.'],
    },
    'debt.travel_advance': {
      present: [
        'O voo será descontado do ordenado em três prestações.',
        'Adiantamos a passagem e depois acertamos.',
      ],
      absent: ['A passagem é reembolsada na primeira semana.'],
    },
    'pay.deductions': {
      present: ['A alimentação é descontada do vencimento.', 'Descontamos 100 euros de renda.'],
      absent: ['Vale-refeição e vale-transporte.'],
      contradicted: ['Não é descontado nada no salário.'],
    },
    'pay.unusual_method': {
      present: [
        'Pagamento em mão no fim de cada semana.',
        'O salário só é pago no final da campanha.',
        'Não há transferências: o salário é pago em dinheiro.',
      ],
      absent: ['Salário pago por transferência até dia 5.'],
      contradicted: ['Aqui não se paga por fora, é tudo declarado.'],
    },
    'travel.paid': {
      present: [
        'Os bilhetes de avião são pagos pela agência.',
        'Garantimos o transporte até à herdade.',
        'Viagem de ida e volta paga.',
      ],
      absent: ['Carta de condução e viatura própria.', 'O armazém fica junto à estação de comboios.'],
      contradicted: ['A deslocação fica por conta do trabalhador.', 'Não custeamos passagens.'],
    },
    'housing.provided': {
      present: [
        'Disponibilizamos quarto partilhado perto da obra.',
        'Hospedagem incluída no pacote.',
        'Alojamento em camaratas dentro da herdade.',
      ],
      absent: ['Vende-se apartamento T2 em Setúbal.'],
      contradicted: ['Não temos alojamento disponível.', 'Hospedagem por conta do candidato.'],
    },
    'housing.live_in': {
      present: [
        'Precisa-se de senhora interna para cuidar de idosa.',
        'Cuidador interno para senhor acamado.',
        'A babá vai morar na casa da família.',
      ],
      absent: ['Cuidadora para apoio diurno, das 9h às 13h.'],
      contradicted: ['Empregada a dias, segundas e quartas.'],
    },
    'hours.excessive': {
      present: [
        'Jornada de 14 horas na época alta.',
        'Trabalhamos sete dias por semana.',
        'Sem dias de folga durante a colheita.',
      ],
      absent: ['Supermercado aberto 7 dias por semana, horário de 8 horas.'],
      contradicted: [
        'Horas extraordinárias voluntárias.',
        'No máximo 44 horas por semana.',
        'Enfermeiro plantonista em regime 12x36.',
      ],
    },
    'docs.passport_upfront': {
      present: [
        'Mande uma digitalização do Cartão de Cidadão.',
        'Os passaportes ficam guardados no escritório.',
      ],
      absent: ['Envie a sua candidatura pelo formulário.'],
      contradicted: ['Não ficamos com o passaporte de ninguém.'],
    },
    'docs.personal_data': {
      present: ['Informe o número do cartão e o código de segurança.', 'Passe o seu CPF por mensagem.'],
      absent: ['Pagamento por transferência bancária.'],
    },
    'legal.status_promised': {
      present: ['Legalização garantida em seis meses.', 'Apoiamos na obtenção da autorização de residência.'],
      absent: ['Carta de condução obrigatória.'],
      contradicted: ['Obrigatório ter autorização de residência.'],
    },
    'req.no_contract': {
      present: [
        'Começa já amanhã, sem papelada.',
        'Trabalho sem contrato, pagamento diário.',
        'Serviço sem carteira assinada, diária de 120 reais.',
      ],
      absent: ['Entrevista presencial na nossa loja.'],
      contradicted: [
        'Contrato a termo de seis meses.',
        'Efetivação com carteira assinada após a experiência.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Procuramos moças dos 18 aos 30 anos.',
        'Exige-se boa apresentação.',
        'Anexe duas fotos atuais.',
        'Candidatas sem experiência, envie duas fotos.',
        'Meninas dos 18 aos 25, não importa a experiência.',
        'Garotas dos 18 aos 28 anos, não precisa mandar foto.',
      ],
      absent: ['Vendedor para loja de calçado.', 'Remuneração atraente e prémios.'],
      contradicted: [
        'Não há limite de idades para esta vaga.',
        'Admitimos trabalhadores com qualquer idade.',
        'Não precisa de mandar fotografia.',
      ],
    },
    'role.entertainment_abroad': {
      present: ['Bailarinas para boate em Andorra.', 'Trabalho de alterne na Suíça, ganhos semanais.'],
      absent: ['Dançarina para companhia de teatro em Lisboa.'],
    },
    'role.domestic_abroad': {
      present: [
        'Governanta para casa de família no Luxemburgo.',
        'Precisamos de cuidadoras para a Alemanha.',
      ],
      absent: ['Babá para bebé em Braga.'],
    },
    'role.massage_unlicensed': {
      present: ['Massagista para espaço em Barcelona, sem curso.', 'Massagens eróticas, ganhos diários.'],
      absent: ['Massoterapeuta com diploma para spa de hotel.'],
    },
  });
});

describe('pt: fees, deductions, cash pay, hours and lodging as adverts phrase them', () => {
  check({
    'fee.recruitment': {
      present: [
        'Valor do serviço: 600 € com tradução de documentos.',
        'Para ativar a conta é preciso fazer um depósito de 25 euros.',
        'O curso de manipulação de alimentos tem um custo de 60 €.',
        'Metade paga no momento da inscrição, o resto à chegada.',
        'Custo total de 900 reais, que pode pagar em prestações.',
      ],
      absent: [
        'Formação inicial dada pela empresa, sem custos.',
        'O cliente paga o valor do serviço na loja.',
      ],
      contradicted: ['Sem depósito inicial nem taxas.'],
    },
    'debt.travel_advance': {
      present: [
        'Os bilhetes de autocarro são adiantados pela empresa.',
        'O voo compramos nós e depois desconta-se.',
        'A passagem aérea, comprada pela agência, é descontada no primeiro salário.',
        'Mandamos a passagem e você paga com o salário.',
      ],
      absent: ['Viagem oferecida pela empresa no início e no fim do contrato.'],
      contradicted: ['A viagem não é adiantada nem descontada.'],
    },
    'pay.deductions': {
      present: [
        'Descontamos 50 euros por semana pela cama.',
        'O transporte custa 3 € por dia e é descontado.',
        'Quarto na quinta, pago com o ordenado.',
        'Moradia partilhada com desconto de 150 € por mês.',
      ],
      absent: ['Desconto de 10% nas lojas do grupo.', 'Subsídio de alimentação de 6 € por dia.'],
    },
    'pay.unusual_method': {
      present: [
        'Recebe-se ao dia, pago em dinheiro.',
        'Ganha-se 500 € por semana, pagos em mão.',
        'Os ganhos são pagos no final da safra.',
      ],
      absent: ['Recebimentos em dinheiro e multibanco na caixa.'],
      contradicted: ['Nunca pagamentos por fora.'],
    },
    'housing.provided': {
      present: [
        'Cama e comida por conta do patrão.',
        'Alojamento e refeições garantidos.',
        'Apartamento compartilhado com outros funcionários.',
        'Dormem em contentores junto à estufa.',
      ],
      absent: ['Aluga-se apartamento T1 mobilado.'],
    },
    'housing.live_in': {
      present: [
        'Há alojamento dentro da fábrica para quem precisar.',
        'Quarto nas traseiras do restaurante.',
        'O pescador vive a bordo durante a safra.',
        'Vai morar em casa da idosa.',
      ],
      absent: ['Empregado de mesa para restaurante no centro do Porto.'],
    },
    'hours.excessive': {
      present: [
        'Jornada de 11 horas por dia.',
        'Turnos até 12 horas na época alta.',
        'Trabalho das 6h às 18h, de segunda a sábado.',
        'Escala de domingo a domingo.',
        'Trabalham todos os dias, fins de semana incluídos.',
        'Descanso uma vez por mês.',
        'É preciso ficar presente dia e noite.',
      ],
      absent: [
        'Loja aberta das 10h às 23h, turnos rotativos de 8 horas.',
        'Horário das 9h às 18h com uma hora de almoço.',
        'Horário das 7h às 19h com 3 horas de intervalo.',
        'Trabalho de segunda a sexta, das 8h às 16h.',
      ],
    },
    'docs.passport_upfront': {
      present: ['Os passaportes ficam com o encarregado.'],
      absent: ['Entregue os documentos do carro na receção.'],
    },
    'legal.status_promised': {
      present: ['Tratamos de toda a papelada do visto.', 'Aceitamos quem não tem papéis.'],
      absent: ['Conseguimos entregar em todo o país.'],
    },
    'req.no_experience': {
      present: [
        'Não é preciso formação.',
        'Não é preciso experiência comprovada, ensinamos tudo.',
        'Sem experiência na função? Não faz mal, damos formação.',
      ],
      contradicted: [
        'É preciso experiência comprovada.',
        'Requisitos: mínimo de 3 anos de experiência em obra.',
        'Tem de ter experiência como pedreiro.',
        'Licenciatura em enfermagem obrigatória.',
      ],
    },
    'req.no_language': {
      present: [
        'Não é preciso norueguês.',
        'Sem experiência nem inglês.',
        'Não é necessário falar inglês fluente, o encarregado fala português.',
        'Não precisa de inglês fluente.',
      ],
      contradicted: [
        'É preciso falar inglês.',
        'Fluência em alemão é indispensável.',
        'Inglês avançado (nível C1).',
      ],
    },
    urgency: {
      present: [
        'Entrada imediata, não há tempo a perder.',
        'Data de início a combinar, mas de preferência o quanto antes.',
      ],
      contradicted: [
        'Não há pressa para preencher a vaga.',
        'Aceitamos candidaturas ao longo de todo o ano.',
        'Início da atividade a combinar com o candidato.',
      ],
    },
    'req.no_contract': {
      present: [
        'O contrato assina-se ao chegar à Holanda.',
        'O contrato é feito após três meses de experiência.',
        'Não há contrato, pagamento à semana.',
        'Sem contrato, trabalho em Portugal com pagamento ao dia.',
        'Não há contrato antes da partida, tudo se trata lá.',
      ],
      absent: ['Contrato assinado antes de começar.'],
      contradicted: [
        'Contrato de trabalho a termo certo de seis meses.',
        'O contrato é assinado em Portugal antes da viagem.',
      ],
    },
  });
});

describe('pt: a negation does not reach into the next clause', () => {
  check({
    'req.no_experience': {
      contradicted: [
        'Não exigimos carta de condução, experiência em armazém é indispensável.',
        'Sem horários fixos, experiência comprovada em cozinha.',
        'Não precisa ter carro, curso técnico em eletrotécnica obrigatório.',
        'Não exigimos ensino médio, experiência comprovada em carteira.',
        'Não é necessário saber francês, exige-se experiência em cofragem.',
        'Não precisa de falar holandês, tem de ter experiência como soldador.',
      ],
      present: [
        'Sem qualificações, cursos ou experiência prévia necessária.',
        'Não é necessário carro, formação ou experiência.',
        'Não é preciso inglês, nem experiência.',
      ],
    },
    'debt.travel_advance': {
      present: ['Se desistir não tem de devolver nada, mas a passagem é descontada do primeiro ordenado.'],
    },
    'travel.paid': {
      present: ['Não garantimos horas extra, transporte assegurado pela empresa.'],
      contradicted: ['Não oferecemos alojamento, transporte e alimentação.'],
    },
    'housing.provided': {
      present: ['Não fornecemos ferramentas, alojamento incluído junto à obra.'],
      contradicted: ['Não oferecemos transporte, alojamento ou alimentação.'],
    },
    'docs.passport_upfront': {
      present: [
        'Não pedimos experiência, documentos ficam com o patrão até ao fim da época.',
        'Não envie currículo, mande cópia do passaporte pelo WhatsApp.',
      ],
      contradicted: [
        'Não envie currículo, fotos e passaporte.',
        'Não pedimos currículo, passaporte ou cartão de cidadão.',
      ],
    },
    'docs.personal_data': {
      present: ['Não pedimos currículo, envie os dados bancários por mensagem.'],
      contradicted: ['Nunca lhe pedimos códigos, senhas ou dados do cartão.'],
    },
    'legal.status_promised': {
      present: ['Não oferecemos alojamento, autorização de residência garantida.'],
    },
    'role.massage_unlicensed': {
      present: ['Massagistas para espaço em Madrid, sem CV, certificado ou experiência.'],
      absent: ['Massagista para spa em Madrid, não exigimos carro, formação certificada obrigatória.'],
    },
  });
});

describe('pt: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      absent: [
        'Pelo menos 1 ano de experiência na função é uma mais-valia.',
        'Mínimo de 2 anos de experiência em armazém será valorizado.',
        'Experiência de pelo menos 6 meses em restauração constitui vantagem.',
        'Experiência mínima de 1 ano em atendimento ao cliente será um diferencial.',
        'Ter no mínimo 6 meses de experiência em telemarketing é desejável.',
        'Pelo menos 1 ano de experiência com carteira assinada é um plus.',
        'Experiência mínima de um ano na área (não obrigatório).',
        'Ao menos 6 meses de experiência como auxiliar de cozinha serão bem-vindos.',
        // Wish wording before the requirement, in its clause or opening the sentence before ':',
        // ',' or a dash.
        'Desejável: experiência mínima de 6 meses em caixa.',
        'Valorizamos pelo menos 1 ano de experiência em restauração.',
        'De preferência, experiência de pelo menos 2 anos em armazém.',
        'Requisitos preferenciais: carta de condução, experiência mínima de 1 ano na função.',
        'Será valorizada experiência comprovada em cofragem.',
        'Preferencialmente com pelo menos 6 meses de experiência em atendimento ao público.',
        'Constitui vantagem: mínimo de 2 anos de experiência como soldador.',
        // A clause after a comma that opens with the wish wording, about the experience.
        'Pelo menos 1 ano de experiência, é uma mais-valia.',
        'Experiência mínima de 6 meses em armazém, será valorizada.',
        'Mínimo de 2 anos de experiência na função, o que constitui um diferencial.',
        'Experiência comprovada em cofragem, desejável mas não obrigatória.',
        'Experiência de pelo menos 1 ano em restauração, não sendo obrigatória.',
      ],
      present: [
        'Não é necessária experiência. Pelo menos 1 ano de experiência é uma mais-valia.',
        'Não precisa ter experiência, nós treinamos. Experiência mínima de 6 meses é um diferencial.',
        'Sem experiência? Damos formação. Pelo menos 2 anos de experiência em obra é uma vantagem.',
        'Não é necessária experiência. Desejável: pelo menos 1 ano de experiência em obra.',
        'Sem experiência? Nós ensinamos. Valoriza-se experiência comprovada em armazém.',
        'Damos formação. De preferência, experiência mínima de 6 meses em limpezas.',
        'Não é necessária experiência, damos formação. Pelo menos 1 ano de experiência, é uma mais-valia.',
        'Sem experiência? Nós ensinamos. Experiência mínima de 6 meses em obra, será valorizada.',
      ],
      contradicted: [
        'Mínimo de 2 anos de experiência em obra. Carta de condução é uma mais-valia.',
        'Experiência mínima de 6 meses na função. Ensino médio completo é um diferencial.',
        // A comma starts another item of the list: the wish is about that one.
        'Experiência mínima de 6 meses, desejável curso técnico em logística.',
        'Pelo menos 2 anos de experiência em hotelaria, inglês valorizado.',
        'Experiência de no mínimo 1 ano preferencialmente em supermercado.',
        'Curso técnico em enfermagem obrigatório, experiência na área é um diferencial.',
        // A wish about another item in an earlier clause or sentence, or after a comma that follows
        // "experiência comprovada", leaves the requirement.
        'Experiência comprovada em obra, carta de condução valorizada.',
        'Inglês valorizado, pelo menos 2 anos de experiência em hotelaria.',
        'Carta de condução é uma mais-valia. Experiência mínima de 1 ano como pedreiro.',
        'Conhecimentos de informática valorizados, experiência comprovada em contabilidade.',
        'Carta de condução valorizada – pelo menos 2 anos de experiência em armazém.',
        'Experiência comprovada em canalização, não é necessário ter carro próprio.',
        // A wish after a comma about another item, or in the next sentence, leaves the requirement.
        'Pelo menos 2 anos de experiência, carta de condução valorizada.',
        'Pelo menos 2 anos de experiência em obra, é uma mais-valia ter carta de condução.',
        'Experiência mínima de 1 ano em armazém, valorizada formação em empilhadores.',
        'Mínimo de 6 meses de experiência, desejável: curso de primeiros socorros.',
        'Pelo menos 1 ano de experiência como pedreiro. É uma mais-valia ter carro próprio.',
      ],
    },
  });
});
