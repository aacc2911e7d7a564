// Hand-written English sentences in the ways English-language adverts phrase fees, debts, withheld
// or cash pay, long hours, housing at the workplace, papers and easy money, none copied from the en
// pack's own examples. Look-alikes from ordinary adverts (a restaurant's service charge, a shop's
// opening hours, cash tips, a room near the farm) must stay absent, and statements that no fee is
// charged or that living on site is optional must contradict. So must statements that pay is never in
// cash, that age does not matter, that experience or a language is required or that there is no hurry,
// while the same words inside the red flag ("No experience is required", "No, cash in hand") must not.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, realFeeStays } = nativeSentences('en');

describe('en: a real fee stays a fee next to reassurances about housing or experience', () => {
  realFeeStays([
    'You pay nothing for the accommodation. Agent fee 900 USD before departure.',
    'No experience needed, free room. Service fee: GBP 2,400.',
  ]);
});

describe('en phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'The agent fee is 2,500 USD, half before the visa.',
        'Service charge of INR 1,20,000 payable at our Delhi branch.',
        'Every worker pays 180 pounds for the medical check before departure.',
        'Total costs: 3,200 USD for visa, ticket and medical.',
        'Candidates pay a non-refundable 90 euro file opening fee.',
        'Price: USD 5,000 for the work visa and contract.',
        'A payment of 40% will reserve your visa slot.',
      ],
      absent: [
        'A 10% service charge is added to every bill.',
        'Service charge 12.5%, shared fairly between the team.',
        'Total package £38,000 including car allowance and pension.',
        'You will pay 20% tax on earnings above the allowance.',
        'Workers pay 3 euros for lunch in the canteen.',
      ],
      contradicted: [
        'The agency fee is paid by our client, never by you.',
        'We never ask candidates for money or deposits.',
        'No employer or agency may charge you a placement fee.',
        'Applicants pay nothing to the agency.',
        'No crew agency fees whatsoever.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'We book the coach and the cost is taken from your first wages.',
        'The plane ticket is fronted by the agency.',
        'The visa costs are recouped from your salary over three months.',
        'You can take a loan for the journey and repay it from your wages.',
        'The outstanding balance is settled from your pay in instalments.',
      ],
      absent: [
        'Fuel and parking are reimbursed with your salary.',
        'Your daily bus pass is deducted from wages.',
        'We pay for your flight home at the end of the season.',
        'Membership fees are deducted from your salary each month.',
      ],
    },
    'pay.deductions': {
      present: [
        'The bed costs 50 euros a week and comes out of your wages.',
        'Uniform and insurance are taken out of your pay.',
        'The agency keeps 40% of the earnings.',
      ],
      absent: [
        'Tips come out of the shared jar at the end of the week.',
        'We keep 5% of the annual budget for training.',
      ],
      contradicted: ['No deductions of any kind from your wages.'],
    },
    'pay.unusual_method': {
      present: [
        '£420 a week cash, paid on Fridays.',
        'Wages 1,900 EUR monthly cash.',
        '£9 an hour, cash every Saturday evening.',
        'Wages are paid every 10 weeks.',
        'We hold back part of your wages until the season ends.',
        'A quarter of your pay is kept as a deposit.',
        'The salary is paid in full on completion of the season.',
        'We give you pocket money until then.',
        'We pay you once the client pays us.',
        'Salary paid through Bitcoin or USDT.',
        'No, cash in hand after every shift.',
      ],
      absent: [
        'Salary paid every 4 weeks into your bank account.',
        'Average £50 a week cash tips on top of salary.',
        'Our shop takes payment by cash or card.',
        'Pocket money of €300 per month, paid into your account.',
        'Wage £26,000 plus a cash bonus each quarter.',
      ],
      contradicted: [
        'We will never pay staff cash in hand.',
        'Wages are not paid in cash under any circumstances.',
        'No cash wages, everything goes through payroll.',
      ],
    },
    'travel.paid': {
      present: [
        'Flights and accommodation are fully covered.',
        'Tickets, visa and hotel are all arranged.',
        'We organise the visa and the plane tickets.',
        'We sort out everything, you only need to turn up.',
      ],
      absent: [
        'Travel agent needed to book flights for clients.',
        'Transport and logistics coordinator, full licence needed.',
      ],
      contradicted: ['You pay your own flight to the farm.'],
    },
    'housing.provided': {
      present: [
        'Apartments provided for all seasonal staff.',
        'Bed and meals are provided.',
        'There is a mobile home near the barn to live in.',
        'Rooms shared between four workers.',
        'A house in the village shared with the other pickers.',
      ],
      absent: [
        'Apartment cleaning staff wanted for holiday lets.',
        'Shared office space in the city centre.',
      ],
      contradicted: ['Workers must find their own accommodation.'],
    },
    'housing.live_in': {
      present: [
        'A room at the back of the takeaway comes with the job.',
        'Staff sleep in a container on the building site.',
        'Accommodation is provided above the bar.',
        'You will be living at the yard with the horses.',
      ],
      absent: [
        'Our restaurant sits above the beach.',
        'Staff parking behind the warehouse.',
        'A caravan park in Cornwall is hiring a receptionist.',
      ],
      contradicted: [
        'Staff housing is on site, but you are free to live elsewhere.',
        'Staying on site is optional.',
      ],
    },
    'hours.excessive': {
      present: [
        'Shifts run from 6am to 10pm.',
        'Kitchen hours 07:30-22:00.',
        'From 9am until closing time.',
        'Work 8am-7pm, Monday to Sunday.',
        '10 hours a day, six days a week.',
        'Two days off per month.',
        'A day off if business is slow.',
        'Around 300 hours a month in peak season.',
        'Six and a half days per week.',
      ],
      absent: [
        'The shop is open from 7am to 10pm every day.',
        'Early shift 6am-2pm, late shift 2pm-10pm.',
        'Half day off on your birthday.',
        'Bar staff 7pm until close.',
        'A 10 hour first-aid course over 6 days.',
        '9am to 5pm, Monday to Saturday.',
      ],
      contradicted: ['Never more than 40 hours per week.'],
    },
    'docs.passport_upfront': {
      present: [
        'Include the passport bio page in your message.',
        'Passports are submitted to our office on the first day.',
        'Your passport remains with the employer until the contract ends.',
        'ID cards held by the coordinator.',
        'Send your original passport by courier.',
        'The family will keep your passport.',
      ],
      absent: [
        'Bring your original passport on your first day for the right-to-work check.',
        'Passport control officers wanted at Stansted.',
      ],
      contradicted: ['Your passport remains in your possession at all times.'],
    },
    'legal.status_promised': {
      present: [
        'Work visa 100% guaranteed for every candidate.',
        'Your spouse can join you after six months.',
        'Route to permanent residency after four years.',
        'Residence permit within 8 weeks.',
        'We prepare your work permit through our lawyer.',
        'The permit is arranged once you are here.',
        'We will see about your papers when you get here.',
        'Papers not required for this job.',
      ],
      absent: [
        'You must bring your papers on arrival.',
        'Our family-run hotel has welcomed guests for 50 years.',
        'Visa processing usually takes 10 weeks at the embassy.',
        'We do not require a visa for EU citizens.',
      ],
      contradicted: ['We are unable to offer visa sponsorship.'],
    },
    'req.no_contract': {
      present: ['No PPS? No problem, start Monday.', 'No NI number, no problem.'],
      absent: ['We will help you apply for a national insurance number.'],
    },
    'req.no_experience': {
      present: [
        'No experience, no problem!',
        'No qualifications, no CV needed.',
        'We train you when you have no experience.',
        'No prior experience is required, full training given.',
        'No recognised qualifications are required.',
        'Experience required? Not at all, we teach you everything.',
      ],
      absent: [
        'No experience with children? Then this role is not for you.',
        'At least one year of experience preferred.',
      ],
      contradicted: [
        'Relevant experience is essential for this post.',
        'Minimum of 2 years experience as a welder.',
        'Proven experience as a carer.',
      ],
    },
    'req.no_language': {
      present: [
        'No IELTS or language test needed.',
        'No knowledge of English required, our supervisor translates.',
        'No Dutch language skills needed.',
      ],
      absent: ['IELTS 6.5 required.'],
      contradicted: [
        'Conversational English is a must.',
        'Candidates must speak basic German.',
        'Polish B2 required.',
      ],
    },
    'req.age_appearance': {
      present: ['References: no, photo needed before the trial shift.'],
      absent: ['Maths tutor wanted, pupils of all ages welcome.'],
      contradicted: [
        'There is no age limit for this job.',
        'Everyone is welcome regardless of age.',
        'No photos needed with your application.',
      ],
    },
    urgency: {
      present: [
        'Urgent! Interviews this week, no rush-hour commute.',
        'Flexible start and finish times, urgent start.',
      ],
      absent: ['Flexible start times between 6am and 8am.'],
      contradicted: [
        'There is no hurry, we are planning for next season.',
        'We hire throughout the year.',
        'Start date is negotiable.',
      ],
    },
    easy_money: {
      present: [
        'Make €300 per day from your mobile.',
        '€700 a week for just 2 hours a day.',
        'You just need a phone and one hour a day.',
      ],
      absent: [
        'Part-time cleaner, £11.50 per hour, 2 hours a day.',
        'Earn £30 per hour as a qualified online tutor.',
      ],
    },
    'sector.high_risk': {
      present: ['Nail techs wanted for a salon in Bolton.'],
      absent: ['Software engineer for a nail polish e-commerce brand.'],
    },
  });
});

describe('en: experience wished for is no requirement', () => {
  // Years of experience or proven experience after a wish word in the same clause ("Preferably at
  // least 2 years", "The ideal candidate will have ...") or after one that opens the sentence with a
  // comma, a dash or a colon ("Ideally, ...", "Desirable: ..., at least ...") are a wish: they must
  // not cancel "No experience needed". A wish in an earlier clause or sentence leaves a requirement.
  check({
    'req.no_experience': {
      absent: [
        'Preferably at least 2 years of experience.',
        "Ideally 2 years' experience in a similar role.",
        'Ideally, you will have at least 3 years of experience in hospitality.',
        'Preferred: minimum 2 years experience on a building site.',
        'Desirable: a full UK driving licence, at least one year of experience in retail.',
        'The ideal candidate will have at least 2 years of experience in care.',
        'Ideally with proven experience in a commercial kitchen.',
        'Nice to have: at least 1 year of experience in a warehouse.',
        'We would prefer someone with a minimum of 2 years experience.',
        'Preferred qualifications: NVQ Level 2, at least two years experience as a carer.',
        '- Desirable - at least 1 year experience with a CSCS card',
        'A plus: at least 2 years of experience in sales.',
        'Preferably with demonstrable experience of stock control.',
        'At least 1 year of experience is an advantage',
      ],
      present: [
        'No experience needed, full training given. Preferably at least 1 year of experience with forklifts.',
        'No qualifications required. Ideally, you have at least 2 years of experience in a kitchen.',
      ],
      contradicted: [
        'Driving licence preferred. At least 2 years of experience in a warehouse.',
        'English preferred, minimum 3 years experience as a chef.',
        'Ideally based in Leeds, with at least 2 years experience in construction.',
        'Desirable: forklift licence. Minimum of 2 years experience as a warehouse operative.',
        'Preferably local; at least 2 years of experience in care.',
        'A driving licence is an advantage, proven experience in elderly care.',
        'Ideal for a school leaver? No. At least 3 years of experience as a welder.',
      ],
    },
  });
});
